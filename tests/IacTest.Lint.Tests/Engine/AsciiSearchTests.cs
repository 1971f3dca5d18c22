using IacTest.Lint.Text;

namespace IacTest.Lint.Tests.Engine;

public class AsciiSearchTests
{
    [Theory]
    [InlineData("key: -----BEGIN RSA private key-----", "PRIVATE KEY", true)]
    [InlineData("token: GLPAT-abc", "glpat-", true)]
    [InlineData("gg", "gh", false)]
    [InlineData("g", "gh", false)]
    [InlineData("a: 1\nb: hooks.Slack.com/x", "hooks.slack.com", true)]
    [InlineData("hooks.slack.co", "hooks.slack.com", false)]
    [InlineData("", "x", false)]
    [InlineData("anything", "", true)]
    [InlineData("Straße", "STRASSE", false)]
    [InlineData("ÉTÉ", "été", true)]
    public void Finds_a_word_whatever_its_ascii_case(string text, string value, bool expected)
    {
        // Given the text and the word
        // When
        var found = AsciiSearch.ContainsIgnoreCase(text, value);

        // Then it agrees with the runtime's ordinal-ignore-case search
        found.ShouldBe(expected);
        found.ShouldBe(text.Contains(value, StringComparison.OrdinalIgnoreCase));
    }
}
