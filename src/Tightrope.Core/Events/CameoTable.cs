using System.Globalization;
using Tightrope.Data;

namespace Tightrope.Events;

/// <summary>
/// CAMEO codes with their standard Goldstein values, and the default CAMEO code of each POLECAT type and mode.
/// </summary>
public sealed class CameoTable
{
    private readonly Dictionary<string, double> _goldstein;
    private readonly Dictionary<(EventType, string), string> _defaults;

    private CameoTable(Dictionary<string, double> goldstein, Dictionary<(EventType, string), string> defaults)
    {
        _goldstein = goldstein;
        _defaults = defaults;
    }

    /// <summary>Known modes per type (from the default table).</summary>
    public IEnumerable<(EventType Type, string Mode)> Modes => _defaults.Keys.Where(k => k.Item2.Length > 0);

    /// <summary>True when <paramref name="code"/> is a known CAMEO code.</summary>
    public bool Contains(string code) => _goldstein.ContainsKey(code);

    /// <summary>The Goldstein value of a CAMEO code (falling back to its parent codes).</summary>
    public double Goldstein(string code)
    {
        for (string c = code; c.Length >= 2; c = c[..^1])
        {
            if (_goldstein.TryGetValue(c, out double value))
            {
                return value;
            }
        }

        return 0;
    }

    /// <summary>The default CAMEO code for a type and mode.</summary>
    public string DefaultCode(EventType type, string? mode) =>
        _defaults.GetValueOrDefault((type, mode ?? string.Empty)) ?? _defaults.GetValueOrDefault((type, string.Empty)) ?? "01";

    /// <summary>True when the type has that POLECAT mode.</summary>
    public bool HasMode(EventType type, string mode) => _defaults.ContainsKey((type, mode));

    /// <summary>Quad class of a CAMEO code: 1 verbal cooperation (01–05), 2 material cooperation (06–08),
    /// 3 verbal conflict (09–13), 4 material conflict (14–20).</summary>
    public static int QuadClass(string code)
    {
        int root = int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture);
        return root switch
        {
            <= 5 => 1,
            <= 8 => 2,
            <= 13 => 3,
            _ => 4,
        };
    }

    /// <summary>Loads the tables compiled into the engine.</summary>
    internal static CameoTable LoadEmbedded(List<DataError> errors) =>
        Load(EmbeddedData.Read("lexicon/cameo.tsv") ?? string.Empty, EmbeddedData.Read("lexicon/plover-cameo.tsv") ?? string.Empty, errors);

    internal static CameoTable Load(string cameoTsv, string defaultsTsv, List<DataError> errors)
    {
        var goldstein = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Parse("lexicon/cameo.tsv", cameoTsv, ["code", "goldstein", "label"], errors))
        {
            if (!double.TryParse(row[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double g) || g is < -10 or > 10)
            {
                errors.Add(new DataError(row.File, row.Line, $"Goldstein value '{row[1]}' is not a number in -10..10"));
                continue;
            }

            goldstein[row[0]] = g;
        }

        var defaults = new Dictionary<(EventType, string), string>();
        foreach (var row in TsvTable.Parse("lexicon/plover-cameo.tsv", defaultsTsv, ["type", "mode", "cameo"], errors))
        {
            if (!EventNames.TryParseType(row[0], out var type))
            {
                errors.Add(new DataError(row.File, row.Line, $"unknown event type '{row[0]}'"));
                continue;
            }

            if (!goldstein.ContainsKey(row[2]))
            {
                errors.Add(new DataError(row.File, row.Line, $"unknown CAMEO code '{row[2]}'"));
                continue;
            }

            defaults[(type, row[1])] = row[2];
        }

        return new CameoTable(goldstein, defaults);
    }
}
