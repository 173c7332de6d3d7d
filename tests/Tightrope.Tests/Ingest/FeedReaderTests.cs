using Tightrope.Ingest.Readers;
using Xunit;

namespace Tightrope.Tests.Ingest;

public sealed class FeedReaderTests
{
    private const string Feed =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
        + "<item><title>Chile recalls its ambassador from Peru</title><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item>"
        + "<item><title>Second</title><description>&lt;p&gt;Peru summoned the Chilean envoy on Tuesday.&lt;/p&gt;</description></item>"
        + "<item><title></title><description></description></item>"
        + "</channel></rss>";

    [Fact]
    public void Given_an_item_with_only_a_headline_When_read_Then_the_headline_is_its_text()
    {
        var items = FeedReader.Read("wire.rss", Feed, null).ToList();

        Assert.Equal("Chile recalls its ambassador from Peru", items[0].Document?.Text);
        Assert.Equal(new DateOnly(2026, 3, 3), items[0].Document?.Date);
    }

    [Fact]
    public void Given_an_item_with_a_description_When_read_Then_its_html_is_reduced_to_text_and_the_title_kept_apart()
    {
        var second = FeedReader.Read("wire.rss", Feed, null).ElementAt(1);

        Assert.Equal("Peru summoned the Chilean envoy on Tuesday.", second.Document?.Text);
        Assert.Equal("Second", second.Document?.Title);
    }

    [Fact]
    public void Given_an_item_with_neither_title_nor_text_When_read_Then_it_is_reported_by_position()
    {
        var third = FeedReader.Read("wire.rss", Feed, null).ElementAt(2);

        Assert.Null(third.Document);
        Assert.Equal("wire.rss#3", third.Origin);
        Assert.Equal("feed item has no text", third.Error);
    }
}
