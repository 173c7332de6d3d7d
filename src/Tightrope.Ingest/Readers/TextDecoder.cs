using System.Buffers;
using System.Text.Unicode;

namespace Tightrope.Ingest.Readers;

/// <summary>Strict UTF-8 decoding that reports where the bytes go wrong instead of substituting characters.</summary>
public static class TextDecoder
{
    /// <summary>
    /// Decodes <paramref name="bytes"/> (a leading byte-order mark is dropped); returns a problem message instead of
    /// text when they are binary or not UTF-8.
    /// </summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string text, long baseOffset = 0)
    {
        text = string.Empty;
        if (bytes.IndexOf((byte)0) >= 0)
        {
            return Problems.Binary;
        }

        int bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var body = bytes[bom..];
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            var status = Utf8.ToUtf16(body, buffer, out int read, out int written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                return Problems.InvalidUtf8(baseOffset + bom + read);
            }

            text = new string(buffer, 0, written);
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
