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

    [Fact]
    public void Agrees_with_the_runtime_wherever_the_word_starts_in_a_long_text()
    {
        // Given texts long enough for the vectorized search, with a word at every offset and in mixed case
        var filler = new string('a', 40);
        foreach (var word in new[] { "AKIA", "gh", "hooks.slack.com", "-x-", "Password" })
        {
            for (var at = 0; at <= 40; at++)
            {
                var text = filler[..at] + MixCase(word) + filler[at..];

                // When / Then the word is found, and a near miss (last character changed) is not
                AsciiSearch.ContainsIgnoreCase(text, word).ShouldBeTrue($"{word} at {at}");
                var nearMiss = word[..^1] + "#";
                AsciiSearch.ContainsIgnoreCase(text, nearMiss).ShouldBe(text.Contains(nearMiss, StringComparison.OrdinalIgnoreCase), $"{nearMiss} at {at}");
            }
        }
    }

    private static string MixCase(string word) =>
        string.Concat(word.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));
}
