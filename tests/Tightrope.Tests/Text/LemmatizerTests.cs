using Tightrope.Text;
using Xunit;

namespace Tightrope.Tests.Text;

public sealed class LemmatizerTests
{
    [Theory]
    [InlineData("met", "meet")]
    [InlineData("held", "hold")]
    [InlineData("withdrew", "withdraw")]
    [InlineData("urged", "urge")]
    [InlineData("pressed", "press")]
    [InlineData("planned", "plan")]
    [InlineData("agreed", "agree")]
    [InlineData("sanctions", "sanction")]
    [InlineData("allies", "ally")]
    [InlineData("voted", "vote")]
    [InlineData("argued", "argue")]
    [InlineData("arguing", "argue")]
    [InlineData("agreeing", "agree")]
    [InlineData("needed", "need")]
    [InlineData("pushes", "push")]
    [InlineData("talks", "talk")]
    public void Given_an_inflected_word_When_lemmatized_Then_the_lemma_is_returned(string word, string lemma)
    {
        // Given: an inflected form

        // When
        string result = Lemmatizer.Lemmatize(word);

        // Then
        Assert.Equal(lemma, result);
    }

    [Theory]
    [InlineData("Met", "meet")]
    [InlineData("URGED", "urge")]
    public void Given_an_upper_case_word_When_lemmatized_Then_the_lemma_is_lower_case(string word, string lemma)
    {
        // Given: a capitalised form

        // When
        string result = Lemmatizer.Lemmatize(word);

        // Then
        Assert.Equal(lemma, result);
    }

    [Theory]
    [InlineData("talk")]
    [InlineData("press")]
    [InlineData("war")]
    public void Given_a_base_form_When_lemmatized_Then_it_is_unchanged(string word)
    {
        // Given: a word that is already a lemma

        // When
        string result = Lemmatizer.Lemmatize(word);

        // Then
        Assert.Equal(word, result);
    }
}
