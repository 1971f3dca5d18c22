using System.Globalization;
using IacTest.Lint.Families.Secrets.Model;
using IacTest.Lint.Tests.Kubernetes;
using Xunit.Abstractions;

namespace IacTest.Lint.Tests.Secrets;

/// <summary>
/// The secret-name heuristics measured against the keywords public scanners use (detect-secrets' KeywordDetector,
/// gitleaks' generic-api-key rule), each keyword spelt the five ways real files spell keys. The counts are the ones
/// docs/secrets.md reports.
/// </summary>
public sealed class SecretKeyNamesTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(LintHarness.FixturesRoot, "secrets", "key-names");

    private enum Reading
    {
        Secret,
        MayBeSecret,
        Neither,
    }

    [Theory]
    [InlineData("GF_SECURITY_ADMIN_PASSWORD", new[] { "gf", "security", "admin", "password" })]
    [InlineData("adminPassword", new[] { "admin", "password" })]
    [InlineData("DBPassword", new[] { "db", "password" })]
    [InlineData("x-api-key", new[] { "x", "api", "key" })]
    [InlineData("db.admin.password", new[] { "db", "admin", "password" })]
    [InlineData("OAuth2Token", new[] { "o", "auth2", "token" })]
    public void A_key_splits_into_its_words(string key, string[] words) =>
        SecretKeyNames.Words(key).ShouldBe(words);

    [Fact]
    public void Keys_that_name_a_secret_are_secrets_whatever_their_spelling()
    {
        var keys = ReadList("secrets.txt");
        keys.Count.ShouldBeGreaterThan(10);
        keys.Where(k => !SecretKeyNames.IsSecret(k)).ShouldBeEmpty();
    }

    [Fact]
    public void Keys_that_describe_a_secret_are_not_secrets()
    {
        var keys = ReadList("not-secrets.txt");
        keys.Count.ShouldBeGreaterThan(10);
        keys.Where(SecretKeyNames.IsSecret).ShouldBeEmpty();
        keys.Where(SecretKeyNames.MayBeSecret).ShouldBeEmpty();
    }

    [Fact]
    public void Public_keywords_read_the_same_in_every_spelling_with_the_documented_counts()
    {
        // Given: every keyword of the public lists, behind a neutral word, in five spellings
        var keywords = File.ReadAllLines(Path.Combine(Folder, "public-keywords.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (Source: p[0], Words: p[1].Split(' ')))
            .ToList();

        // When
        var readings = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (source, words) in keywords)
        {
            var spellings = Spellings(["app", .. words]).ToList();
            var read = spellings.Select(Read).Distinct().ToList();

            // Then: the spelling never changes the reading
            read.Count.ShouldBe(1, $"{string.Join(' ', words)} reads differently across {string.Join(", ", spellings)}");
            var key = $"{source} {read[0]}";
            readings[key] = readings.GetValueOrDefault(key) + 1;
            output.WriteLine($"{source,-15} {string.Join(' ', words),-15} {read[0]}");
        }

        foreach (var (key, count) in readings.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{key}: {count.ToString(CultureInfo.InvariantCulture)}");
        }

        // The counts in docs/secrets.md: detect-secrets' 18 keywords all name a secret; of gitleaks' 10, 6 name a
        // secret, 2 (auth, key) may hold one (entropy-checked) and 2 (access, api) say nothing alone.
        readings.GetValueOrDefault("detect-secrets Secret").ShouldBe(18);
        readings.GetValueOrDefault("gitleaks Secret").ShouldBe(6);
        readings.GetValueOrDefault("gitleaks MayBeSecret").ShouldBe(2);
        readings.GetValueOrDefault("gitleaks Neither").ShouldBe(2);
        readings.Values.Sum().ShouldBe(keywords.Count);
    }

    [Fact]
    public void A_workflow_granting_an_id_token_has_no_secret_but_a_literal_admin_password_is_one()
    {
        // Given
        const string workflow = "---\nname: CI\npermissions:\n  id-token: write\n  contents: read\njobs: {}\n";
        const string compose = "---\nservices:\n  grafana:\n    image: grafana/grafana:10.4.2\n    environment:\n      GF_SECURITY_ADMIN_PASSWORD: Sup3rS3cretAdm1n\n";

        // When
        var workflowFindings = IacTest.Lint.Tests.Engine.LintHarness.Run(workflow, ".github/workflows/ci.yml");
        var composeFindings = IacTest.Lint.Tests.Engine.LintHarness.Run(compose, "compose.yaml");

        // Then
        workflowFindings.Where(d => d.Code.StartsWith("IAC06", StringComparison.Ordinal)).ShouldBeEmpty();
        var secret = composeFindings.Where(d => d.Code.StartsWith("IAC06", StringComparison.Ordinal)).ShouldHaveSingleItem();
        secret.Line.ShouldBe(6);
        secret.Message.ShouldNotContain("Sup3rS3cretAdm1n");
    }

    private static Reading Read(string key) =>
        SecretKeyNames.IsSecret(key) ? Reading.Secret : SecretKeyNames.MayBeSecret(key) ? Reading.MayBeSecret : Reading.Neither;

    /// <summary>snake_case, SCREAMING_SNAKE, camelCase, kebab-case and dotted spellings of a key's words.</summary>
    private static IEnumerable<string> Spellings(string[] words)
    {
        yield return string.Join('_', words);
        yield return string.Join('_', words).ToUpperInvariant();
        yield return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        yield return string.Join('-', words);
        yield return string.Join('.', words);
    }

    private static List<string> ReadList(string name) =>
        File.ReadAllLines(Path.Combine(Folder, name)).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
}
