using Spectre.Console;
using Tightrope.Events;
using Tightrope.Pipeline;

namespace Tightrope.Cli.Output;

/// <summary>Renders events as a table for people: date, actor, event, recipient, modality, evidence.</summary>
internal static class EventTable
{
    public static Table Build(IReadOnlyList<EventRecord> events)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Date").NoWrap());
        table.AddColumn(new TableColumn("Actor").Width(22));
        table.AddColumn(new TableColumn("Event").Width(18));
        table.AddColumn(new TableColumn("Recipient").Width(22));
        table.AddColumn(new TableColumn("Modality").NoWrap());
        table.AddColumn(new TableColumn("Evidence «trigger»"));
        foreach (var e in events)
        {
            table.AddRow(
                new Markup(Markup.Escape(e.EventDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—")
                    + (e.DatePrecision == Time.DatePrecision.Day ? string.Empty : $" [grey]({EventRecordJson.Precision(e.DatePrecision)})[/]")),
                new Markup(Actor(e.Actor)),
                new Markup($"[bold]{e.EventType.Name()}[/]" + (e.EventMode is null ? string.Empty : $"/{Markup.Escape(e.EventMode)}")
                    + $" [grey]{e.Cameo} {e.Goldstein:+0.0;-0.0;0}[/]"),
                new Markup(e.Recipient is null ? "[grey]—[/]" : Actor(e.Recipient)),
                new Markup(ModalityMarkup(e.Modality) + (e.Reciprocal ? " [grey]⇄[/]" : string.Empty)),
                new Markup(Evidence(e)));
        }

        return table;
    }

    private static string Actor(Actors.ActorRef a) =>
        $"[bold]{Markup.Escape(a.Key ?? "?")}[/] {Markup.Escape(a.Name)}" + (a.Title is null || a.Kind != Actors.ActorKind.Person ? string.Empty : $" [grey]({Markup.Escape(a.Title)})[/]");

    private static string ModalityMarkup(Modality m) => m switch
    {
        Modality.Asserted => "[green]asserted[/]",
        Modality.Negated => "[red]negated[/]",
        _ => $"[yellow]{m.Name()}[/]",
    };

    private const int EvidenceContext = 48;

    /// <summary>
    /// The words around the trigger (about <see cref="EvidenceContext"/> characters each side, cut at word
    /// boundaries), with the trigger in bold between guillemets.
    /// </summary>
    internal static string Evidence(EventRecord e)
    {
        string s = e.Sentence;
        int start = e.TriggerStart - e.SentenceStart;
        int end = e.TriggerEnd - e.SentenceStart;
        if (start < 0 || end > s.Length || start >= end)
        {
            return Markup.Escape(s);
        }

        int from = start <= EvidenceContext ? 0 : s.IndexOf(' ', start - EvidenceContext) + 1;
        int to = s.Length - end <= EvidenceContext ? s.Length : s.LastIndexOf(' ', end + EvidenceContext);
        if (from <= 0 || from > start)
        {
            from = 0;
        }

        if (to < end)
        {
            to = s.Length;
        }

        return (from > 0 ? "…" : string.Empty) + Markup.Escape(s[from..start]) + "[bold]«" + Markup.Escape(s[start..end]) + "»[/]"
            + Markup.Escape(s[end..to]) + (to < s.Length ? "…" : string.Empty);
    }
}
