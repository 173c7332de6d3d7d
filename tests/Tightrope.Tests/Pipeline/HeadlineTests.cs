using Tightrope.Events;
using Tightrope.Pipeline;
using Xunit;

namespace Tightrope.Tests.Pipeline;

public class HeadlineTests
{
    private const string Body = "Officials in Tokyo gave no further details on Friday.";

    [Fact]
    public void A_headline_becomes_the_first_paragraph_of_the_text()
    {
        var document = new Document { Text = Body, Title = "  Japan Imposes Sanctions on Russian Banks " };

        var titled = document.WithHeadline();

        Assert.Equal("Japan Imposes Sanctions on Russian Banks\n\n" + Body, titled.Text);
        Assert.Equal(document.Title, titled.Title);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("officials in tokyo")]
    public void Without_a_headline_or_when_the_text_already_starts_with_it_nothing_changes(string? title)
    {
        var document = new Document { Text = Body, Title = title };

        Assert.Same(document, document.WithHeadline());
    }

    [Fact]
    public void An_event_stated_only_in_the_headline_is_coded_with_offsets_into_the_new_text()
    {
        var document = new Document { Text = Body, Title = "Japan Imposes Sanctions on Russian Banks", Date = new DateOnly(2026, 3, 6) };

        var withoutHeadline = CoderPipeline.Default.Code(document).Events;
        var titled = document.WithHeadline();
        var events = CoderPipeline.Default.Code(titled).Events;

        Assert.Empty(withoutHeadline);
        var e = Assert.Single(events);
        Assert.Equal(EventType.Sanction, e.EventType);
        Assert.Equal("JPN", e.Actor.Country);
        Assert.Equal(0, e.SentenceIndex);
        Assert.Equal(e.TriggerText, titled.Text[e.TriggerStart..e.TriggerEnd]);
        Assert.Equal("Japan Imposes Sanctions on Russian Banks", e.Sentence);
    }
}
