using System.Text;
using System.Text.Json;
using IacTest.Harness.Checks;
using IacTest.Harness.Environments;
using IacTest.Harness.Secrets;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Tests.Secrets;

public sealed class SecretMaskerTests
{
    [Fact]
    public void A_secret_and_its_common_encodings_are_masked()
    {
        // Given: a value with characters that every encoding writes differently
        var value = "p@ss w/\"ord+é" + Guid.NewGuid().ToString("N")[..6];
        var masker = new SecretMasker();
        masker.Add(value);
        var forms = new[]
        {
            value,
            JsonSerializer.Serialize(value)[1..^1],                              // .NET JSON
            "p@ss w/\\\"ord+\\u00e9" + value[^6..],                              // Python json.dumps (ensure_ascii)
            Uri.EscapeDataString(value),
            System.Net.WebUtility.UrlEncode(value),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(value)),
        };

        foreach (var form in forms)
        {
            // When
            var masked = masker.Mask($"before {form} after");

            // Then
            masked.ShouldBe($"before {SecretMasker.Placeholder} after", form);
        }
    }

    [Fact]
    public void A_longer_secret_is_masked_whole_when_a_shorter_one_is_inside_it()
    {
        var masker = new SecretMasker();
        masker.Add("hunter2-suffix");
        masker.Add("hunter2");

        masker.Mask("a hunter2-suffix and a hunter2").ShouldBe("a ******** and a ********");
    }

    [Fact]
    public void A_value_too_short_to_mask_reliably_is_refused_with_the_reason()
    {
        var error = Should.Throw<ArgumentException>(() => new SecretMasker().Add("abc"));

        error.Message.ShouldStartWith("A secret must have at least 4 characters to be masked reliably (this one has 3).");
    }

    [Fact]
    public void A_secret_value_prints_masked_and_is_registered_for_every_writer()
    {
        // Given
        var raw = "token-" + Guid.NewGuid().ToString("N");

        // When
        var secret = SecretValue.Of(raw);

        // Then
        $"{secret}".ShouldBe(SecretMasker.Placeholder);
        secret.Reveal().ShouldBe(raw);
        new CommandResult(1, $"the token is {raw}\n", "").Describe().ShouldBe("exit 1\nstdout:\n  the token is ********");
        Matcher.Format($"{raw}{new string('x', 398)}").ShouldBe($"\"********{new string('x', 392)}…\"");
        ((Matcher)secret).Matches(raw).ShouldBeTrue();
        ((Matcher)secret).Describe().ShouldBe("\"********\"");
    }
}
