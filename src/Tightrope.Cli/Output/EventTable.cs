using Spectre.Console;
using Tightrope.Events;
using Tightrope.Pipeline;

namespace Tightrope.Cli.Output;

/// <summary>Renders events as a table for people: date, actor, event, recipient, modality, evidence.</summary>
internal static class EventTable
{
    public static Table Build(IReadOnlyList<EventRecord> events)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("Date");
        table.AddColumn("Actor");
        table.AddColumn("Event");
        table.AddColumn("Recipient");
        table.AddColumn("Modality");
        table.AddColumn(new TableColumn("Evidence (trigger marked)"));
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

    /// <summary>The sentence with the trigger in bold and brackets.</summary>
    internal static string Evidence(EventRecord e)
    {
        int start = e.TriggerStart - e.SentenceStart;
        int end = e.TriggerEnd - e.SentenceStart;
        if (start < 0 || end > e.Sentence.Length || start >= end)
        {
            return Markup.Escape(e.Sentence);
        }

        return Markup.Escape(e.Sentence[..start]) + "[bold underline]«" + Markup.Escape(e.Sentence[start..end]) + "»[/]"
            + Markup.Escape(e.Sentence[end..]);
    }
}
