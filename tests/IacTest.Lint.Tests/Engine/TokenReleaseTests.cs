using System.Runtime.CompilerServices;
using System.Text;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Families.Yaml.Rules;
using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Files;
using IacTest.Lint.Rules;
using IacTest.Lint.Text;

namespace IacTest.Lint.Tests.Engine;

/// <summary>
/// A big file's tokens are a third of what its parse holds: once the last rule that reads them has run, the engine
/// lets them go, so the rules that read the documents run without them — and a rule that read them afterwards would
/// fail loudly rather than see an empty file.
/// </summary>
public sealed class TokenReleaseTests
{
    [Fact]
    public void The_token_rules_view_is_collectable_while_the_document_rules_run()
    {
        // Given the default rules with a token-reading probe at the front and a document-reading probe at the end
        var tokenProbe = new TokenProbeRule();
        var documentProbe = new DocumentProbeRule(tokenProbe);
        var catalog = new RuleCatalog(BuiltInRules.Catalog.Rules.Prepend(tokenProbe).Append(documentProbe));
        var text = TaskList(approximateBytes: 1_000_000);

        // When a big task list is linted
        var result = new LintEngine(catalog).LintText("tasks/main.yml", text, new LintConfiguration());

        // Then the token rules saw every token, and by the time the document rules ran the tokens were let go and
        // nothing held them any more; no rule stopped on the release
        tokenProbe.TokensSeen.ShouldBeGreaterThan(100_000);
        documentProbe.Ran.ShouldBeTrue();
        documentProbe.TokensReleased.ShouldBeTrue();
        documentProbe.StreamCollected.ShouldBeTrue();
        result.Diagnostics.ShouldNotContain(d => d.Code == EngineRules.SkippedCode && d.Message.StartsWith("not ", StringComparison.Ordinal));
    }

    [Fact]
    public void Releasing_changes_no_finding()
    {
        // Given a file with findings of token rules and document rules
        var text = "---\n- name: install   \n  command: apt-get install -y nginx\n  tags: [ a, b ]\n- shell: echo yes\n  become: yes\n";

        // When it is linted with the default rules (release after the last token rule) and with a token rule
        // appended after every other rule (no release before the end)
        var released = new LintEngine().LintText("tasks/main.yml", text, new LintConfiguration());
        var late = new RuleCatalog(BuiltInRules.Catalog.Rules.Append(new TokenProbeRule()));
        var kept = new LintEngine(late).LintText("tasks/main.yml", text, new LintConfiguration());

        // Then the findings are the same
        released.Diagnostics.Count.ShouldBeGreaterThan(3);
        Lines(released.Diagnostics).ShouldBe(Lines(kept.Diagnostics));
    }

    [Fact]
    public void A_token_view_asked_for_after_the_release_is_an_error_not_an_empty_file()
    {
        // Given a file whose tokens were released
        var file = new LintFile(SourceText.FromText("a.yml", "key: value\n"));
        YamlLintStream.Of(file).Tokens.Count.ShouldBeGreaterThan(0);
        file.ReleaseTokens();

        // When a rule asks for the token view, then it fails (the engine reports the rule as not fully checked)
        Should.Throw<InvalidOperationException>(() => YamlLintStream.Of(file));
    }

    private static string[] Lines(IEnumerable<LintDiagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Code} {d.Message}").ToArray();

    private static string TaskList(int approximateBytes)
    {
        var builder = new StringBuilder("---\n");
        for (var i = 0; builder.Length < approximateBytes; i++)
        {
            builder.Append("- name: restart service ").Append(i).Append("\n  ansible.builtin.service:\n    name: app")
                .Append(i).Append("\n    state: restarted\n  tags: [app, restart]\n");
        }

        return builder.ToString();
    }

    /// <summary>A token rule that reports nothing: it counts the tokens and keeps a weak reference to their view.</summary>
    private sealed class TokenProbeRule : YamllintRule
    {
        public override string Code => "IAC9901";

        public override string Name => "token-probe";

        public override string Title => "Token probe";

        public override string Description => "Test probe.";

        public override string BadExample => "a: 1\n";

        public override string GoodExample => "a: 1\n";

        public int TokensSeen { get; private set; }

        public WeakReference? Stream { get; private set; }

        internal override void Check(RuleContext context, YamlLintStream stream)
        {
            TokensSeen = stream.Tokens.Count;
            Stream = new WeakReference(stream);
        }
    }

    /// <summary>A document rule that reports nothing: it records whether the tokens are gone when it runs.</summary>
    private sealed class DocumentProbeRule(TokenProbeRule tokens) : LintRule
    {
        public override string Code => "IAC9902";

        public override string Name => "document-probe";

        public override string Title => "Document probe";

        public override RuleFamily Family => RuleFamily.Ansible;

        public override string Description => "Test probe.";

        public override string BadExample => "a: 1\n";

        public override string GoodExample => "a: 1\n";

        public bool Ran { get; private set; }

        public bool TokensReleased { get; private set; }

        public bool StreamCollected { get; private set; }

        public override void Check(RuleContext context)
        {
            Ran = true;
            TokensReleased = context.File.Parse.TokensReleased && context.File.Parse.Tokens.Count == 0;
            StreamCollected = IsCollected(tokens.Stream!);
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
