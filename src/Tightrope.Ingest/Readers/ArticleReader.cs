namespace Tightrope.Ingest.Readers;

/// <summary>Reads one article (a file or standard input) as strict UTF-8 text within a size limit.</summary>
public static class ArticleReader
{
    /// <summary>Reads <paramref name="path"/> ("-" for standard input).</summary>
    public static (string? Text, InputProblem? Problem) Read(string path, int maxChars, Func<Stream> openStdin)
    {
        string name = path == "-" ? "stdin" : path;
        byte[] bytes;
        try
        {
            if (path != "-")
            {
                var info = new FileInfo(path);
                if (!info.Exists)
                {
                    return (null, new InputProblem(name, Directory.Exists(path) ? Problems.CannotOpen("it is a directory") : Problems.NotFound));
                }

                // UTF-8 needs at least one byte per character: a file this large cannot fit.
                if (info.Length > (long)maxChars * 4)
                {
                    return (null, new InputProblem(name, Problems.TooLarge(info.Length, maxChars)));
                }
            }

            using var stream = path == "-" ? openStdin() : File.OpenRead(path);
            bytes = ReadAtMost(stream, (long)maxChars * 4 + 1);
        }
        catch (IOException e)
        {
            return (null, new InputProblem(name, Problems.CannotOpen(e.Message)));
        }
        catch (UnauthorizedAccessException)
        {
            return (null, new InputProblem(name, Problems.CannotOpen("permission denied")));
        }

        if (bytes.Length > (long)maxChars * 4)
        {
            return (null, new InputProblem(name, Problems.TooLarge(bytes.Length, maxChars)));
        }

        var problem = TextDecoder.TryDecode(bytes, out string text);
        if (problem is not null)
        {
            return (null, new InputProblem(name, problem));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, new InputProblem(name, Problems.Empty));
        }

        if (text.Length > maxChars)
        {
            return (null, new InputProblem(name, Problems.TooLarge(text.Length, maxChars)));
        }

        return (text, null);
    }

    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
