using Tightrope.Actors;
using Tightrope.Data;
using Xunit;

namespace Tightrope.Tests.Actors;

public sealed class CatalogLoaderTests
{
    private const string CountriesHeader = "code\tname\tformal\taliases\tadjectives\tcapital\tlat\tlon\tseats";
    private const string PeopleHeader = "name\tvariants\tshort\tcountry\torg\tsector\ttitle\tstart\tend";

    private const string Countries =
        CountriesHeader + "\n" +
        "# two test countries\n" +
        "KOR\tSouth Korea\tRepublic of Korea\tROK\tSouth Korean|South Koreans\tSeoul\t37.5\t127.0\tBlue House\n" +
        "JPN\tJapan\tJapan\t\tJapanese\tTokyo\t35.7\t139.7\t\n";

    private static CatalogLoadResult LoadPeople(params string[] rows) =>
        CatalogLoader.Load([("countries.tsv", Countries), ("people.tsv", PeopleHeader + "\n# people\n" + string.Join("\n", rows) + "\n")]);

    [Fact]
    public void Given_the_embedded_catalog_When_loaded_Then_there_are_no_errors_and_the_counts_are_plausible()
    {
        // Given: the catalog compiled into the engine

        // When
        var result = EmbeddedCatalog.Load();

        // Then
        Assert.Empty(result.Errors);
        Assert.True(result.Catalog.Countries.Count >= 250, $"countries: {result.Catalog.Countries.Count}");
        Assert.True(result.Catalog.People.Count >= 400, $"people: {result.Catalog.People.Count}");
        Assert.True(result.Catalog.Organizations.Count >= 150, $"organizations: {result.Catalog.Organizations.Count}");
        Assert.True(result.Catalog.Agents.Count >= 80, $"agents: {result.Catalog.Agents.Count}");
    }

    [Fact]
    public void Given_clean_small_sources_When_loaded_Then_there_are_no_errors()
    {
        // Given: the fixture the error tests start from
        var result = LoadPeople(
            "Alpha One\t\tOne\tKOR\t\tGOV\tPresident\t2017-05-10\t2022-05-09",
            "Beta Two\tBeta Too\tTwo\tKOR\t\tGOV\tPresident\t2022-05-10\t");

        // When
        var catalog = result.Catalog;

        // Then
        Assert.Empty(result.Errors);
        Assert.Equal(2, catalog.Countries.Count);
        Assert.Equal(2, catalog.People.Count);
        Assert.Equal("Seoul", catalog.Country("KOR")!.Capital);
    }

    [Fact]
    public void Given_a_malformed_date_When_loaded_Then_the_error_names_file_and_line()
    {
        // Given: line 3 (header, comment, row) has 30 February
        var result = LoadPeople("Alpha One\t\tOne\tKOR\t\tGOV\tPresident\t2020-02-30\t");

        // When
        var error = Assert.Single(result.Errors);

        // Then
        Assert.Equal("people.tsv", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("malformed date '2020-02-30'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("people.tsv:3: ", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(result.Catalog.People);
    }

    [Fact]
    public void Given_an_unknown_country_code_When_loaded_Then_the_error_names_file_and_line()
    {
        // Given
        var result = LoadPeople(
            "Alpha One\t\tOne\tKOR\t\tGOV\tPresident\t2017-05-10\t",
            "Gamma Three\t\tThree\tXYZ\t\tGOV\tPrime Minister\t2020-01-01\t");

        // When
        var error = Assert.Single(result.Errors);

        // Then
        Assert.Equal("people.tsv", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("unknown country code 'XYZ'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_overlapping_tenures_of_a_single_holder_office_When_loaded_Then_the_later_row_is_reported()
    {
        // Given: Beta takes office while Alpha still holds it
        var result = LoadPeople(
            "Alpha One\t\tOne\tKOR\t\tGOV\tPresident\t2017-05-10\t2022-05-09",
            "Beta Two\t\tTwo\tKOR\t\tGOV\tPresident\t2021-01-01\t");

        // When
        var error = Assert.Single(result.Errors);

        // Then
        Assert.Equal("people.tsv", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("overlaps Alpha One (line 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_overlapping_tenures_of_a_multi_holder_office_When_loaded_Then_nothing_is_reported()
    {
        // Given: two ministers at once is normal
        var result = LoadPeople(
            "Alpha One\t\tOne\tKOR\t\tGOV\tMinister\t2017-05-10\t",
            "Beta Two\t\tTwo\tKOR\t\tGOV\tMinister\t2021-01-01\t");

        // When
        var errors = result.Errors;

        // Then
        Assert.Empty(errors);
    }

    [Fact]
    public void Given_a_handover_on_the_same_day_When_loaded_Then_it_is_not_an_overlap()
    {
        // Given
        var result = LoadPeople(
            "Alpha One\t\tOne\tJPN\t\tGOV\tPrime Minister\t2020-01-01\t2024-10-01",
            "Beta Two\t\tTwo\tJPN\t\tGOV\tPrime Minister\t2024-10-01\t");

        // When
        var errors = result.Errors;

        // Then
        Assert.Empty(errors);
    }

    [Fact]
    public void Given_an_alias_with_two_meanings_in_one_file_When_loaded_Then_the_second_use_is_reported()
    {
        // Given: "Korea" names two different countries
        const string countries = CountriesHeader + "\n" +
            "KOR\tSouth Korea\tRepublic of Korea\tKorea\tSouth Korean\tSeoul\t37.5\t127.0\t\n" +
            "PRK\tNorth Korea\tDPRK\tKorea\tNorth Korean\tPyongyang\t39.0\t125.7\t\n";

        // When
        var result = CatalogLoader.Load([("countries.tsv", countries)]);

        // Then
        var error = Assert.Single(result.Errors);
        Assert.Equal("countries.tsv", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("'Korea' means country PRK here but country KOR at line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_wrong_header_When_loaded_Then_line_one_is_reported_and_no_rows_are_read()
    {
        // Given
        const string people = "name\tcountry\ttitle\nAlpha One\tKOR\tPresident\n";

        // When
        var result = CatalogLoader.Load([("countries.tsv", Countries), ("people.tsv", people)]);

        // Then
        var error = Assert.Single(result.Errors);
        Assert.Equal("people.tsv", error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains("header must be", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Catalog.People);
    }

    [Fact]
    public void Given_an_unknown_sector_When_loaded_Then_the_row_is_reported()
    {
        // Given
        var result = LoadPeople("Alpha One\t\tOne\tKOR\t\tXXX\tPresident\t2017-05-10\t");

        // When
        var error = Assert.Single(result.Errors);

        // Then
        Assert.Equal(3, error.Line);
        Assert.Contains("unknown sector 'XXX'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_end_before_the_start_When_loaded_Then_the_row_is_reported()
    {
        // Given
        var result = LoadPeople("Alpha One\t\tOne\tKOR\t\tGOV\tPresident\t2020-01-01\t2019-01-01");

        // When
        var error = Assert.Single(result.Errors);

        // Then
        Assert.Equal(3, error.Line);
        Assert.Contains("before start", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_source_with_an_unknown_name_When_loaded_Then_it_is_reported_for_the_whole_file()
    {
        // Given
        var sources = new List<(string, string)> { ("countries.tsv", Countries), ("leaders.tsv", PeopleHeader + "\n") };

        // When
        var result = CatalogLoader.Load(sources);

        // Then
        var error = Assert.Single(result.Errors);
        Assert.Equal(new DataError("leaders.tsv", 0, error.Message), error);
        Assert.Contains("unknown catalog file", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>The world-scale catalog sizes promised by the README.</summary>
public class CatalogSizeTests
{
    [Fact]
    public void Given_the_built_in_catalog_When_loaded_Then_it_has_world_scale_counts()
    {
        var result = Tightrope.Actors.EmbeddedCatalog.Load();

        Xunit.Assert.Empty(result.Errors);
        Xunit.Assert.True(result.Catalog.Countries.Count >= 250, $"{result.Catalog.Countries.Count} states");
        Xunit.Assert.True(result.Catalog.People.Count >= 1500, $"{result.Catalog.People.Count} people");
        Xunit.Assert.True(result.Catalog.Organizations.Count >= 300, $"{result.Catalog.Organizations.Count} organisations");
        Xunit.Assert.True(result.Catalog.Agents.Count >= 80, $"{result.Catalog.Agents.Count} agents");
        Xunit.Assert.Contains(result.Catalog.Countries, c => c.Code == "XKX");
    }
}
