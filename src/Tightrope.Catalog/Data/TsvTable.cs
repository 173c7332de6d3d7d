namespace Tightrope.Data;

/// <summary>One data row of a TSV source: its cells and where it came from.</summary>
/// <param name="File">Source name (e.g. <c>actors/people.tsv</c>).</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Cells">Cells in header order (missing trailing cells are empty).</param>
public sealed record TsvRow(string File, int Line, string[] Cells)
{
    /// <summary>Cell <paramref name="index"/>, trimmed; empty when absent.</summary>
    public string this[int index] => index < Cells.Length ? Cells[index].Trim() : string.Empty;

    /// <summary>A multi-valued cell split on '|', empty parts dropped.</summary>
    public string[] List(int index) =>
        this[index].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A problem in a data source, located by file and line.</summary>
/// <param name="File">Source name.</param>
/// <param name="Line">1-based line number (0 when it concerns the whole file).</param>
/// <param name="Message">What is wrong.</param>
public sealed record DataError(string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}

/// <summary>Reads the tab-separated sources under <c>data/</c>: header checked, comments and blanks skipped.</summary>
public static class TsvTable
{
    /// <summary>Parses <paramref name="content"/>; header mismatches are reported in <paramref name="errors"/>.</summary>
    public static List<TsvRow> Parse(string file, string content, IReadOnlyList<string> expectedHeader, List<DataError> errors)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(expectedHeader);
        ArgumentNullException.ThrowIfNull(errors);
        var rows = new List<TsvRow>();
        bool headerSeen = false;
        int lineNo = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNo++;
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            string[] cells = line.Split('\t');
            if (!headerSeen)
            {
                headerSeen = true;
                var actual = cells.Select(c => c.Trim()).ToArray();
                if (!actual.SequenceEqual(expectedHeader, StringComparer.Ordinal))
                {
                    errors.Add(new DataError(file, lineNo,
                        $"header must be '{string.Join("\\t", expectedHeader)}' but is '{string.Join("\\t", actual)}'"));
                    return rows;
                }

                continue;
            }

            if (cells.Length > expectedHeader.Count)
            {
                errors.Add(new DataError(file, lineNo, $"{cells.Length} cells, expected at most {expectedHeader.Count}"));
                continue;
            }

            rows.Add(new TsvRow(file, lineNo, cells));
        }

        if (!headerSeen)
        {
            errors.Add(new DataError(file, 0, "no header line"));
        }

        return rows;
    }
}
