using System.Text;
using System.Text.Json;
using Tightrope.Pipeline;
using Tightrope.Tests.Events;
using Xunit;

namespace Tightrope.Tests.Pipeline;

public sealed class ThreadSafetyTests
{
    private const int DocumentCount = 50;

    private static readonly string[] s_followUps =
    [
        "South Korean President Lee Jae Myung spoke at a forum in Seoul. He urged North Korea to return to talks.",
        "Japanese Prime Minister Sanae Takaichi arrived in Washington on Sunday. She met US President Donald Trump on Monday.",
        "The South Korean president met the Japanese prime minister.",
        "Officials said on Monday.",
    ];

    private static List<Document> Documents()
    {
        var all = SampleSentences.All;
        var docs = new List<Document>(DocumentCount);
        for (int i = 0; i < DocumentCount; i++)
        {
            // Three sample sentences and one multi-sentence follow-up per document, each on its own story date.
            string text = string.Join(' ', all[i % all.Length], all[(i * 7 + 3) % all.Length], all[(i * 11 + 5) % all.Length], s_followUps[i % s_followUps.Length]);
            docs.Add(new Document
            {
                Id = $"par-{i}",
                Date = new DateOnly(2019, 1, 7).AddDays(i * 53),
                Text = text,
            });
        }

        return docs;
    }

    private static string ToJson(CodingResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            foreach (var record in result.Events)
            {
                EventRecordJson.Write(writer, record);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Given_fifty_documents_When_coded_in_parallel_on_four_threads_Then_the_records_equal_the_sequential_ones()
    {
        // Given
        var docs = Documents();
        var pipeline = CoderPipeline.Default;
        var sequential = docs.Select(d => ToJson(pipeline.Code(d))).ToArray();

        // When
        var parallel = new string[docs.Count];
        for (int round = 0; round < 3; round++)
        {
            Array.Clear(parallel);
            Parallel.For(0, docs.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            {
                parallel[i] = ToJson(pipeline.Code(docs[i]));
            });

            // Then
            for (int i = 0; i < docs.Count; i++)
            {
                Assert.Equal(sequential[i], parallel[i]);
            }
        }

        Assert.True(sequential.Count(json => json != "[]") >= DocumentCount / 2, "most documents should yield events");
    }

    [Fact]
    public void Given_a_fresh_pipeline_built_concurrently_with_coding_When_both_code_the_same_documents_Then_they_agree()
    {
        // Given
        var docs = Documents().Take(10).ToList();
        var expected = docs.Select(d => ToJson(CoderPipeline.Default.Code(d))).ToArray();

        // When
        var results = new string[4][];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, t =>
        {
            var pipeline = t % 2 == 0 ? CoderPipeline.Default : new CoderPipelineBuilder().Build();
            results[t] = docs.Select(d => ToJson(pipeline.Code(d))).ToArray();
        });

        // Then
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Given_the_model_coder_When_documents_are_coded_in_parallel_or_as_one_batch_Then_they_match_one_by_one()
    {
        // Given: the default coder with the committed model (MiniLM batches sentences differently in each mode)
        var docs = Documents().Take(20).ToList();
        var coder = Tightrope.Classifier.Coding.EventModel.Coder;
        static string Key(CodingResult r) => string.Join(';', r.Events.Select(e => $"{e.EventId} {e.EventType} {e.Actor.Key}>{e.Recipient?.Key} {e.DecidedBy}"));
        var oneByOne = docs.Select(d => Key(coder.Code(d))).ToArray();

        // When
        var parallel = new string[docs.Count];
        Parallel.For(0, docs.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Key(coder.Code(docs[i])));
        var batched = coder.CodeMany(docs).Select(Key).ToArray();

        // Then
        Assert.Equal(oneByOne, parallel);
        Assert.Equal(oneByOne, batched);
        Assert.Contains(oneByOne, k => k.Contains(" both", StringComparison.Ordinal));
    }
}
