using Tightrope.Data;
using Xunit;

namespace Tightrope.Tests.Data;

public sealed class TsvTableTests
{
    private static readonly string[] s_header = ["code", "name", "aliases"];

    [Fact]
    public void Given_a_header_that_differs_When_parsed_Then_an_error_names_line_one_and_no_rows_are_returned()
    {
        // Given
        const string content = "code\tname\tsector\nKOR\tSouth Korea\tGOV\n";
        var errors = new List<DataError>();

        // When
        var rows = TsvTable.Parse("test.tsv", content, s_header, errors);

        // Then
        Assert.Empty(rows);
        var error = Assert.Single(errors);
        Assert.Equal("test.tsv", error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains("header must be", error.Message, StringComparison.Ordinal);
        Assert.Contains("sector", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_comments_and_blank_lines_When_parsed_Then_they_are_skipped_and_line_numbers_stay_true()
    {
        // Given
        const string content = "# leading comment\n\ncode\tname\taliases\n# a comment\n   \nKOR\tSouth Korea\tROK|S. Korea\n\nJPN\tJapan\n";
        var errors = new List<DataError>();

        // When
        var rows = TsvTable.Parse("test.tsv", content, s_header, errors);

        // Then
        Assert.Empty(errors);
        Assert.Equal(2, rows.Count);
        Assert.Equal(6, rows[0].Line);
        Assert.Equal("KOR", rows[0][0]);
        Assert.Equal(["ROK", "S. Korea"], rows[0].List(2));
        Assert.Equal(8, rows[1].Line);
        Assert.Equal(string.Empty, rows[1][2]);
        Assert.Empty(rows[1].List(2));
    }

    [Fact]
    public void Given_windows_line_endings_When_parsed_Then_carriage_returns_are_not_part_of_cells()
    {
        // Given
        const string content = "code\tname\taliases\r\nKOR\tSouth Korea\tROK\r\n";
        var errors = new List<DataError>();

        // When
        var rows = TsvTable.Parse("test.tsv", content, s_header, errors);

        // Then
        Assert.Empty(errors);
        Assert.Equal("ROK", Assert.Single(rows).Cells[2]);
    }

    [Fact]
    public void Given_a_row_with_too_many_cells_When_parsed_Then_it_is_reported_and_skipped()
    {
        // Given
        const string content = "code\tname\taliases\nKOR\tSouth Korea\tROK\textra\nJPN\tJapan\t\n";
        var errors = new List<DataError>();

        // When
        var rows = TsvTable.Parse("test.tsv", content, s_header, errors);

        // Then
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("4 cells, expected at most 3", error.Message, StringComparison.Ordinal);
        Assert.Equal("JPN", Assert.Single(rows)[0]);
    }

    [Fact]
    public void Given_content_without_a_header_When_parsed_Then_a_whole_file_error_is_reported()
    {
        // Given
        const string content = "# only comments\n\n";
        var errors = new List<DataError>();

        // When
        var rows = TsvTable.Parse("test.tsv", content, s_header, errors);

        // Then
        Assert.Empty(rows);
        var error = Assert.Single(errors);
        Assert.Equal(0, error.Line);
        Assert.Equal("test.tsv: no header line", error.ToString());
    }

    [Fact]
    public void Given_padded_cells_When_read_Then_the_indexer_trims_them()
    {
        // Given
        var row = new TsvRow("test.tsv", 2, [" KOR ", "South Korea  ", " ROK | | S. Korea "]);

        // When
        string code = row[0];

        // Then
        Assert.Equal("KOR", code);
        Assert.Equal("South Korea", row[1]);
        Assert.Equal(["ROK", "S. Korea"], row.List(2));
        Assert.Equal(string.Empty, row[5]);
    }
}
