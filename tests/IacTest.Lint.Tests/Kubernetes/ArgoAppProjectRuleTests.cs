using IacTest.Lint.Families.Kubernetes.Model;

namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>
/// <c>argocd-app-project</c> on one file holding an AppProject and its Applications, so the project's rules are known
/// without a repository: Argo CD's URL normal form, glob segments, and <c>!</c> patterns that deny.
/// </summary>
public sealed class ArgoAppProjectRuleTests
{
    private const string Project = """
        apiVersion: argoproj.io/v1alpha1
        kind: AppProject
        metadata:
          name: team-a
          namespace: argocd
        spec:
          sourceRepos:
            - https://github.com/example/team-a-*
            - '!https://github.com/example/team-a-secrets'
          destinations:
            - server: https://kubernetes.default.svc
              namespace: team-a-*
            - name: edge-*
              namespace: '*'
            - server: '*'
              namespace: '!kube-system'
        """;

    [Theory]
    [InlineData("https://github.com/example/team-a-api.git", "https://kubernetes.default.svc", "team-a-api")]
    [InlineData("HTTPS://github.com/Example/Team-A-Web", "https://kubernetes.default.svc", "team-a-web")]
    public void An_allowed_source_and_destination_pass(string repoUrl, string server, string ns)
    {
        // Given / When
        var found = Lint(Application(repoUrl, $"server: {server}", ns));

        // Then
        found.ShouldBeEmpty();
    }

    [Fact]
    public void A_denied_repository_is_refused_even_though_an_allowing_pattern_matches_it()
    {
        var found = Lint(Application("https://github.com/example/team-a-secrets.git", "server: https://kubernetes.default.svc", "team-a-api"));

        LintHarness.Render(found).ShouldBe(["26:14 argocd-app-project[source]"]);
        found[0].Message.ShouldBe("repoURL \"https://github.com/example/team-a-secrets.git\" is not allowed by AppProject \"team-a\" (sourceRepos: https://github.com/example/team-a-*, !https://github.com/example/team-a-secrets)");
    }

    [Fact]
    public void A_star_in_a_repository_pattern_stays_within_one_segment()
    {
        // Given the project without its deny pattern (see the next test)
        var text = Application("https://github.com/example/team-a-api/nested", "server: https://kubernetes.default.svc", "team-a-api")
            .Replace("    - '!https://github.com/example/team-a-secrets'\n", string.Empty, StringComparison.Ordinal);

        var found = Lint(text);

        LintHarness.Render(found).ShouldBe(["25:14 argocd-app-project[source]"]);
    }

    [Fact]
    public void A_deny_pattern_that_does_not_match_a_url_allows_it_as_Argo_CDs_code_reads_it()
    {
        // Given: no allowing pattern matches the nested URL, but the deny pattern does not match it either, which
        // AppProject.IsSourcePermitted counts as a match
        var found = Lint(Application("https://github.com/example/team-a-api/nested", "server: https://kubernetes.default.svc", "team-a-api"));

        found.ShouldBeEmpty();
    }

    [Fact]
    public void A_denied_namespace_is_refused_whatever_other_entry_allows_it()
    {
        // Given: kube-system is denied by the last entry, although edge-* clusters allow any namespace
        var found = Lint(Application("https://github.com/example/team-a-api", "name: edge-eu", "kube-system"));

        LintHarness.Render(found).ShouldBe(["30:11 argocd-app-project[destination]"]);
        found[0].Message.ShouldStartWith("destination cluster \"edge-eu\", namespace \"kube-system\" is not allowed by AppProject \"team-a\"");
    }

    [Fact]
    public void A_namespace_outside_the_allowed_patterns_is_refused_at_the_server()
    {
        var found = Lint(Application("https://github.com/example/team-a-api", "server: https://kubernetes.default.svc", "payments"));

        // The server "*" entry allows any namespace but kube-system: payments is allowed.
        found.ShouldBeEmpty();
    }

    [Fact]
    public void A_project_that_is_not_defined_is_reported_only_when_the_repository_is_known()
    {
        // Text without a file on disk has no repository: an unknown project may be defined elsewhere in it.
        var text = Application("https://github.com/example/team-a-api", "server: https://kubernetes.default.svc", "team-a-api").Replace("project: team-a", "project: team-b", StringComparison.Ordinal);

        Lint(text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("a/*/c", "a/b/c", "GoPath", true)]
    [InlineData("a/*", "a/b/c", "GoPath", false)]
    [InlineData("a/[!x]", "a/b", "GoPath", true)]
    [InlineData("a/[^x]", "a/x", "GoPath", false)]
    [InlineData("a/*.json", "a/b/c.json", "Greedy", true)]
    [InlineData("a/*.json", "a/b/c.json", "Segments", false)]
    [InlineData("a/**/c.json", "a/c.json", "DoubleStar", true)]
    [InlineData("a/**/c.json", "a/c.json", "Segments", false)]
    [InlineData("{prod,staging}-*", "staging-eu", "Greedy", true)]
    public void Globs_read_as_each_Argo_CD_matcher_reads_them(string pattern, string value, string dialect, bool matches)
    {
        ArgoGlob.Matches(pattern, value, Enum.Parse<ArgoGlob.Dialect>(dialect)).ShouldBe(matches);
    }

    [Theory]
    [InlineData("a/[bc")]
    [InlineData("a/{b,c")]
    [InlineData("a\\")]
    public void A_glob_left_open_is_invalid(string pattern)
    {
        ArgoGlob.ToRegex(pattern, ArgoGlob.Dialect.Greedy).ShouldBeNull();
    }

    private static IReadOnlyList<Diagnostics.LintDiagnostic> Lint(string text) =>
        LintHarness.Lint("projects/team-a.yaml", text, "argocd-app-project");

    private static string Application(string repoUrl, string cluster, string ns) => Project + $"""

        ---
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata:
          name: api
          namespace: argocd
        spec:
          project: team-a
          source:
            repoURL: {repoUrl}
            targetRevision: v1.0.0
            path: deploy
          destination:
            {cluster}
            namespace: {ns}
        """;
}
