using Tightrope.Analytics;

namespace Tightrope.Cli.Output;

/// <summary>Pictures of series (ScottPlot): PNG or SVG by the file's extension.</summary>
internal static class Plots
{
    /// <summary>Cooperation and conflict counts per period, with mean Goldstein on a second axis.</summary>
    public static void Dyad(string path, string a, string b, IReadOnlyList<DyadPoint> points)
    {
        var plot = new ScottPlot.Plot();
        double[] x = [.. points.Select(p => p.Period.ToDateTime(TimeOnly.MinValue).ToOADate())];
        var coop = plot.Add.Scatter(x, [.. points.Select(p => (double)(p.VerbalCooperation + p.MaterialCooperation))]);
        coop.LegendText = "cooperation (quad 1+2)";
        var conflict = plot.Add.Scatter(x, [.. points.Select(p => (double)(p.VerbalConflict + p.MaterialConflict))]);
        conflict.LegendText = "conflict (quad 3+4)";
        var goldstein = plot.Add.Scatter(x, [.. points.Select(p => p.MeanGoldstein ?? 0)]);
        goldstein.LegendText = "mean Goldstein";
        goldstein.Axes.YAxis = plot.Axes.Right;
        plot.Axes.DateTimeTicksBottom();
        plot.Title($"{a} ⇄ {b}");
        plot.YLabel("story events");
        plot.Axes.Right.Label.Text = "mean Goldstein";
        plot.ShowLegend();
        Save(plot, path);
    }

    /// <summary>The balance index per period, −1..+1.</summary>
    public static void Balance(string path, string m, string a, string b, IReadOnlyList<BalancePoint> points)
    {
        var plot = new ScottPlot.Plot();
        double[] x = [.. points.Select(p => p.Period.ToDateTime(TimeOnly.MinValue).ToOADate())];
        var line = plot.Add.Scatter(x, [.. points.Select(p => p.Balance)]);
        line.LegendText = $"balance of {m}";
        plot.Add.HorizontalLine(0);
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.SetLimitsY(-1.1, 1.1);
        plot.Title($"{m} between {a} (+1) and {b} (−1)");
        Save(plot, path);
    }

    private static void Save(ScottPlot.Plot plot, string path)
    {
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            plot.SaveSvg(path, 900, 500);
        }
        else
        {
            plot.SavePng(path, 900, 500);
        }
    }
}
