using System.Runtime.CompilerServices;
using System.Text;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Tests.Yaml;
using IacTest.Lint.Text;

namespace IacTest.Lint.Tests.Engine;

/// <summary>
/// A big file's tree and its tokens are each a large multiple of its text: the engine runs the rules that read the
/// documents first, lets the tree go, and only then scans the tokens for the rules that read them, so the two are
/// never held at once — and a rule that read the documents afterwards would fail loudly rather than see an empty file.
/// </summary>
public sealed class DocumentReleaseTests
{
    [Fact]
    public void The_tree_is_collectable_while_the_token_rules_run_and_the_tokens_do_not_exist_while_the_document_rules_run()
    {
        // Given the default rules with a document-reading probe and a token-reading probe, listed token probe first
        var documentProbe = new DocumentProbeRule();
        var tokenProbe = new TokenProbeRule(documentProbe);
        var catalog = new RuleCatalog(BuiltInRules.Catalog.Rules.Prepend(tokenProbe).Append(documentProbe));
        var text = TaskList(approximateBytes: 1_200_000);
        text.Length.ShouldBeGreaterThanOrEqualTo(LintFile.DeferTokensFromLength);

        // When a big task list is linted
        var result = new LintEngine(catalog).LintText("tasks/main.yml", text, new LintConfiguration());

        // Then the document rules ran before any token existed, the token rules ran after the tree was let go and
        // collected, and saw every token; no rule stopped on the release
        documentProbe.Ran.ShouldBeTrue();
        documentProbe.TokensHeld.ShouldBeFalse();
        tokenProbe.TokensSeen.ShouldBeGreaterThan(100_000);
        tokenProbe.DocumentsReleased.ShouldBeTrue();
        tokenProbe.TreeCollected.ShouldBeTrue();
        result.Diagnostics.ShouldNotContain(d => d.Code == EngineRules.SkippedCode && d.Message.StartsWith("not ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_small_file_keeps_its_one_scan()
    {
        // Given a small file
        var file = new LintFile(SourceText.FromText("a.yml", "key: value\n"));

        // When its documents are read, then its tokens were recorded by the same parse, and it keeps its documents
        file.Documents.Count.ShouldBe(1);
        file.Parse.TokensHeld.ShouldBeTrue();
        file.ReleaseDocuments().ShouldBeFalse();
        file.Documents.Count.ShouldBe(1);
    }

    [Fact]
    public void The_documents_asked_for_after_the_release_are_an_error_not_an_empty_file()
    {
        // Given a file whose documents were released before its tokens were scanned
        var file = new LintFile(SourceText.FromText("a.yml", "key: value\n"), null, null, deferTokensFromLength: 0);
        file.Documents.Count.ShouldBe(1);
        file.ReleaseDocuments().ShouldBeTrue();

        // When a rule asks for the documents, then it fails (the engine reports the rule as not fully checked); the
        // tokens are still there to read
        Should.Throw<InvalidOperationException>(() => file.Documents);
        YamlLintStream.Of(file).Tokens.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_second_scan_changes_no_finding_on_any_yamllint_case()
    {
        // Given every yamllint conformance case under two configurations
        var once = new LintEngine();
        var twice = new LintEngine { DeferTokensFromLength = 0 };
        var compared = 0;

        foreach (var config in new[] { "default", "all-rules" })
        {
            var configuration = YamllintFixtures.Configuration(config);
            foreach (var relative in YamllintFixtures.Cases)
            {
                var path = Path.Combine(YamllintFixtures.Root, relative);

                // When each is linted with its tokens recorded by the parse and with them scanned after the tree is let go
                var recorded = once.LintPath(path, configuration);
                var rescanned = twice.LintPath(path, configuration);

                // Then every finding is the same, message and position included
                Lines(rescanned.Diagnostics).ShouldBe(Lines(recorded.Diagnostics), relative);
                compared += recorded.Diagnostics.Count;
            }
        }

        compared.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void A_second_scan_changes_no_finding_of_a_task_file_with_findings_of_every_family()
    {
        // Given a file with findings of token rules and document rules, and a syntax error after a suppression
        var text = "---\n- name: install   \n  command: apt-get install -y nginx\n  tags: [ a, b ]\n- shell: echo yes\n  become: yes\n"
            + "# noqa: yaml\n- name: [unclosed\n  # yamllint disable-line rule:comments\n#bad comment\n";

        // When it is linted both ways
        var recorded = new LintEngine().LintText("tasks/main.yml", text, new LintConfiguration());
        var rescanned = new LintEngine { DeferTokensFromLength = 0 }.LintText("tasks/main.yml", text, new LintConfiguration());

        // Then the findings are the same
        recorded.Diagnostics.Count.ShouldBeGreaterThan(3);
        Lines(rescanned.Diagnostics).ShouldBe(Lines(recorded.Diagnostics));
    }

    private static string[] Lines(IEnumerable<LintDiagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Code} {d.Severity} {d.Message}").ToArray();

    internal static string TaskList(int approximateBytes)
    {
        var builder = new StringBuilder("---\n");
        for (var i = 0; builder.Length < approximateBytes; i++)
        {
            builder.Append("- name: restart service ").Append(i).Append("\n  ansible.builtin.service:\n    name: app")
                .Append(i).Append("\n    state: restarted\n  tags: [app, restart]\n");
        }

        return builder.ToString();
    }

    /// <summary>A document rule that reports nothing: it keeps a weak reference to the tree and notes whether tokens exist.</summary>
    private sealed class DocumentProbeRule : LintRule
    {
        public override string Code => "IAC9902";

        public override string Name => "document-probe";

        public override string Title => "Document probe";

        public override RuleFamily Family => RuleFamily.Ansible;

        public override string Description => "Test probe.";

        public override string BadExample => "a: 1\n";

        public override string GoodExample => "a: 1\n";

        public bool Ran { get; private set; }

        public bool TokensHeld { get; private set; }

        public WeakReference? Tree { get; private set; }

        public override void Check(RuleContext context)
        {
            Ran = true;
            TokensHeld = context.File.Parse.TokensHeld;
            Tree = new WeakReference(context.File.Documents[0].Root);
        }
    }

    /// <summary>A token rule that reports nothing: it counts the tokens and records whether the tree is gone.</summary>
    private sealed class TokenProbeRule(DocumentProbeRule documents) : YamllintRule
    {
        public override string Code => "IAC9901";

        public override string Name => "token-probe";

        public override string Title => "Token probe";

        public override string Description => "Test probe.";

        public override string BadExample => "a: 1\n";

        public override string GoodExample => "a: 1\n";

        public int TokensSeen { get; private set; }

        public bool DocumentsReleased { get; private set; }

        public bool TreeCollected { get; private set; }

        internal override void Check(RuleContext context, YamlLintStream stream)
        {
            TokensSeen = stream.Tokens.Count;
            DocumentsReleased = context.File.Parse.DocumentsReleased;
            TreeCollected = IsCollected(documents.Tree!);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool IsCollected(WeakReference reference)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return !reference.IsAlive;
        }
    }
}
