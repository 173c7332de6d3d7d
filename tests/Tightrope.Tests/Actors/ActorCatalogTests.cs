using Tightrope.Actors;
using Tightrope.Pipeline;
using Xunit;

namespace Tightrope.Tests.Actors;

public sealed class ActorCatalogTests
{
    private static ActorCatalog Catalog => CoderPipeline.Default.Catalog;

    private static PersonInfo Person(string name) => Assert.Single(Catalog.People, p => p.Name == name);

    [Theory]
    [InlineData("2019-06-01", "Moon Jae In")]
    [InlineData("2026-01-05", "Lee Jae Myung")]
    public void Given_the_south_korean_presidency_When_asked_for_the_holder_on_a_date_Then_the_right_person_is_returned(string date, string expected)
    {
        // Given
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        // When
        var holder = Catalog.OfficeHolder("KOR", "President", day);

        // Then
        Assert.NotNull(holder);
        Assert.Equal(expected, holder.Value.Person.Name);
        Assert.True(holder.Value.Tenure.Covers(day));
    }

    [Fact]
    public void Given_an_office_nobody_holds_When_asked_for_the_holder_Then_null_is_returned()
    {
        // Given
        var day = new DateOnly(2026, 1, 5);

        // When
        var holder = Catalog.OfficeHolder("KOR", "Emperor", day);

        // Then
        Assert.Null(holder);
    }

    [Fact]
    public void Given_a_sitting_president_When_asked_for_the_tenure_at_dates_Then_only_dates_in_office_match()
    {
        // Given
        var lee = Person("Lee Jae Myung");

        // When
        var inOffice = lee.TenureAt(new DateOnly(2026, 1, 5));
        var before = lee.TenureAt(new DateOnly(2020, 1, 1));

        // Then
        Assert.NotNull(inOffice);
        Assert.Equal("President", inOffice.Title);
        Assert.Equal("KOR", inOffice.Country);
        Assert.Null(inOffice.End);
        Assert.Null(before);
    }

    [Fact]
    public void Given_a_former_president_When_asked_for_the_tenure_after_leaving_Then_there_is_none()
    {
        // Given
        var moon = Person("Moon Jae In");

        // When
        var during = moon.TenureAt(new DateOnly(2019, 6, 1));
        var after = moon.TenureAt(new DateOnly(2023, 1, 1));

        // Then
        Assert.Equal("President", during?.Title);
        Assert.Null(after);
    }

    [Fact]
    public void Given_a_person_with_two_offices_When_asked_for_the_tenure_Then_the_office_of_that_date_is_returned()
    {
        // Given: a defence minister who became president on the day the ministry ended
        var prabowo = Person("Prabowo Subianto");

        // When
        var asMinister = prabowo.TenureAt(new DateOnly(2022, 1, 1));
        var handover = prabowo.TenureAt(new DateOnly(2024, 10, 20));
        var undated = prabowo.TenureAt(null);

        // Then
        Assert.Equal("Defense Minister", asMinister?.Title);
        Assert.Equal("President", handover?.Title);
        Assert.Equal("President", undated?.Title);
    }

    [Fact]
    public void Given_a_tenure_When_checking_coverage_Then_start_and_end_days_are_inclusive()
    {
        // Given
        var tenure = new Tenure("KOR", null, "GOV", "President", new DateOnly(2017, 5, 10), new DateOnly(2022, 5, 9));

        // When / Then
        Assert.True(tenure.Covers(new DateOnly(2017, 5, 10)));
        Assert.True(tenure.Covers(new DateOnly(2022, 5, 9)));
        Assert.False(tenure.Covers(new DateOnly(2017, 5, 9)));
        Assert.False(tenure.Covers(new DateOnly(2022, 5, 10)));
    }

    [Fact]
    public void Given_a_country_code_When_looked_up_Then_the_country_is_returned()
    {
        // Given
        const string code = "KOR";

        // When
        var korea = Catalog.Country(code);

        // Then
        Assert.NotNull(korea);
        Assert.Equal("South Korea", korea.Name);
        Assert.Equal("Seoul", korea.Capital);
        Assert.Null(Catalog.Country("XYZ"));
    }
}
