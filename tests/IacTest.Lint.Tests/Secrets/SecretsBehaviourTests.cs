using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Families.Secrets.Configuration;
using IacTest.Lint.Families.Secrets.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Tests.Kubernetes;

namespace IacTest.Lint.Tests.Secrets;

public sealed class SecretsBehaviourTests
{
    private static readonly string[] SecretFixtures =
    [
        "secrets/private-key/fail.yaml", "secrets/cloud-access-key/fail.yaml", "secrets/service-token/fail.yaml",
        "secrets/hardcoded-password/fail.yaml", "secrets/connection-string-credentials/fail.yaml",
        "secrets/high-entropy-secret/fail.yaml", "secrets/ansible-unvaulted-secret/fail.yaml",
        "secrets/kubernetes-secret/fail.yaml", "secrets/compose-environment-secret/fail/compose.yaml",
    ];

    [Fact]
    public void No_finding_prints_the_secret_value()
    {
        var checkedFindings = 0;
        foreach (var fixture in SecretFixtures)
        {
            // Given
            var lines = File.ReadAllLines(Path.Combine(LintHarness.FixturesRoot, fixture));

            // When
            var found = LintHarness.LintFixture(fixture).Where(d => d.Code.StartsWith("IAC06", StringComparison.Ordinal));

            // Then: the text at the reported position (up to a delimiter) never appears in the message
            foreach (var finding in found)
            {
                var rest = lines[finding.Line - 1][(finding.Column - 1)..];
                var value = new string(rest.TakeWhile(c => c is not (' ' or '"' or '\'' or ';' or '@' or ':')).ToArray());
                if (value.Length >= 6 && finding.Rule != "kubernetes-secret")
                {
                    finding.Message.ShouldNotContain(value, customMessage: $"{fixture}:{finding.Line}:{finding.Column}");
                    checkedFindings++;
                }
            }
        }

        checkedFindings.ShouldBeGreaterThan(15);
    }

    [Fact]
    public void Sops_encrypted_files_are_accepted_by_every_secrets_rule()
    {
        var found = LintHarness.LintFixture("secrets/kubernetes-secret/sops.yaml").Where(d => d.Code.StartsWith("IAC06", StringComparison.Ordinal));
        found.ShouldBeEmpty();
    }

    [Fact]
    public void Noqa_comment_suppresses_a_reviewed_finding()
    {
        // Given
        const string text = "database:\n  password: Tr0ub4dor3  # noqa: hardcoded-password\n  admin_password: Sup3rS3cret\n";

        // When
        var found = LintHarness.Lint("settings.yaml", text, "hardcoded-password");

        // Then
        LintHarness.Render(found).ShouldBe(["3:19 hardcoded-password"]);
    }

    [Fact]
    public void Baseline_file_hides_reviewed_findings_and_keeps_new_ones()
    {
        // Given a repository whose existing secret was reviewed into the baseline
        var folder = Directory.CreateTempSubdirectory("iactest-baseline-");
        try
        {
            var file = Path.Combine(folder.FullName, "settings.yaml");
            File.WriteAllText(file, "database:\n  password: Tr0ub4dor3\n");
            var engine = new LintEngine(BuiltInRules.Catalog);
            var before = engine.LintPath(file, new LintConfiguration()).Diagnostics.Where(d => d.Rule == "hardcoded-password").ToArray();
            SecretsBaselineSource.Write(Path.Combine(folder.FullName, SecretsBaselineSource.FileName), before);

            // When a new secret is added
            File.WriteAllText(file, "database:\n  password: Tr0ub4dor3\n  admin_password: Sup3rS3cret\n");
            var loaded = ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = folder.FullName });
            var after = engine.LintPath(file, loaded.Configuration).Diagnostics.Where(d => d.Rule == "hardcoded-password").ToArray();

            // Then only the new one is reported
            before.Length.ShouldBe(1);
            loaded.Problems.ShouldBeEmpty();
            loaded.Files.ShouldContain(Path.Combine(folder.FullName, SecretsBaselineSource.FileName));
            LintHarness.Render(after).ShouldBe(["3:19 hardcoded-password"]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Invalid_baseline_entry_is_a_positioned_configuration_error()
    {
        var folder = Directory.CreateTempSubdirectory("iactest-baseline-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, SecretsBaselineSource.FileName), "# reviewed\n0123456789ab\nnot-a-fingerprint\n");
            var loaded = ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = folder.FullName });
            loaded.Problems.Select(p => $"{p.Line}:{p.Column} {p.Code}").ShouldBe(["3:1 IAC0003"]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("Tr0ub4dor3", 0, "******** (10 characters)")]
    [InlineData("ghp_4kQ9cZr2LmX8vT1bN7yW3pE6hJ0sA5dF2gH8", 4, "ghp_******** (40 characters)")]
    public void Mask_shows_length_and_public_prefix_only(string value, int prefix, string expected) =>
        SecretText.Mask(value, prefix).ShouldBe(expected);

    [Theory]
    [InlineData("aaaaaaaa", 0.0)]
    [InlineData("abcd", 2.0)]
    [InlineData("abcdefgh", 3.0)]
    public void Entropy_is_shannon_bits_per_character(string value, double expected) =>
        SecretText.Entropy(value).ShouldBe(expected, 0.0001);
}
