using System.Text;
using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using Xunit.Abstractions;

namespace IacTest.Lint.Tests.Engine;

/// <summary>Tests that measure the process's live heap: they run alone, so no other test's objects are counted.</summary>
[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement;

/// <summary>
/// What a big file keeps alive while it is linted, measured as live bytes (after a full collection) at the end of
/// each phase — never as time. The budget of a file is in multiples of its size in bytes: its tree while the document
/// rules run, its tokens while the token rules run, never both.
/// </summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class MemoryBudgetTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("block-sequence")]
    [InlineData("block-mappings")]
    [InlineData("flow-sequence")]
    public void A_big_file_holds_its_tree_or_its_tokens_within_budget_never_both(string shape)
    {
        // Given a generated file of about 4 MB and probes at the end of the document rules and of the token rules
        var text = Generate(shape, approximateBytes: 4_000_000);
        var bytes = (double)Encoding.UTF8.GetByteCount(text);
        var documents = new LiveBytesProbe("IAC9903", "live-after-documents", readsTokens: false);
        var tokens = new LiveBytesProbe("IAC9904", "live-after-tokens", readsTokens: true);
        var catalog = new RuleCatalog(BuiltInRules.Catalog.Rules.Append(documents.Rule).Append(tokens.Rule));
        var engine = new LintEngine(catalog);
        var before = LiveBytes();

        // When it is linted
        var result = engine.LintText("data/" + shape + ".yaml", text, new LintConfiguration());

        // Then each phase holds a few times the file, and the token phase does not also hold the tree
        GC.KeepAlive(text);
        var tree = (documents.LiveBytes - before) / bytes;
        var scan = (tokens.LiveBytes - before) / bytes;
        output.WriteLine($"{shape}: {bytes / 1e6:F1} MB, live after the document rules {tree:F1}x, after the token rules {scan:F1}x");
        result.Diagnostics.ShouldNotContain(d => d.Code == EngineRules.SkippedCode && d.Message.StartsWith("not ", StringComparison.Ordinal));
        tree.ShouldBeLessThan(Budget.Tree);
        scan.ShouldBeLessThan(Budget.Tokens);
        tokens.DocumentsReleased.ShouldBeTrue();
    }

    /// <summary>
    /// Ceilings in live bytes per byte of the file, a little above what these shapes measure (a list of small
    /// mappings, the worst: 16.3x after the document rules, its Ansible task model included, and 12.2x after the token
    /// rules; bench/memory gives the process's peak resident memory).
    /// </summary>
    private static class Budget
    {
        public const double Tree = 18;
        public const double Tokens = 14;
    }

    private static long LiveBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    internal static string Generate(string shape, int approximateBytes)
    {
        var builder = new StringBuilder("---\n");
        if (shape == "flow-sequence")
        {
            builder.Append("[\n");
        }

        for (var i = 0; builder.Length < approximateBytes; i++)
        {
            _ = shape switch
            {
                "block-sequence" => builder.Append("- name: task ").Append(i).Append("\n  command: echo ").Append(i).Append("\n  tags: [a, b]\n"),
                "block-mappings" => builder.Append("section_").Append(i).Append(":\n  name: service ").Append(i)
                    .Append("\n  settings:\n    port: ").Append(1000 + (i % 60000)).Append("\n    enabled: true\n"),
                _ => builder.Append("  item-").Append(i).Append(", \"quoted ").Append(i).Append("\", ").Append(i).Append(", {k: v").Append(i).Append("},\n"),
            };
        }

        if (shape == "flow-sequence")
        {
            builder.Append("  last\n]\n");
        }

        return builder.ToString();
    }

    /// <summary>A rule that reports nothing and records the live heap when it runs.</summary>
    private sealed class LiveBytesProbe(string code, string name, bool readsTokens)
    {
        public long LiveBytes { get; private set; }

        /// <summary>Whether the tree was let go when the probe ran (the token probe runs after the document rules).</summary>
        public bool DocumentsReleased { get; private set; }

        public LintRule Rule => readsTokens ? new TokenProbe(this, code, name) : new DocumentProbe(this, code, name);

        private sealed class DocumentProbe(LiveBytesProbe owner, string code, string name) : LintRule
        {
            public override string Code => code;

            public override string Name => name;

            public override string Title => "Live bytes probe";

            public override RuleFamily Family => RuleFamily.Ansible;

            public override string Description => "Test probe.";

            public override string BadExample => "a: 1\n";

            public override string GoodExample => "a: 1\n";

            public override void Check(RuleContext context)
            {
                _ = context.File.Documents.Count;
                owner.LiveBytes = MemoryBudgetTests.LiveBytes();
            }
        }

        private sealed class TokenProbe(LiveBytesProbe owner, string code, string name) : YamllintRule
        {
            public override string Code => code;

            public override string Name => name;

            public override string Title => "Live bytes probe";

            public override string Description => "Test probe.";

            public override string BadExample => "a: 1\n";

            public override string GoodExample => "a: 1\n";

            internal override void Check(RuleContext context, YamlLintStream stream)
            {
                _ = stream.Tokens.Count;
                owner.DocumentsReleased = context.File.Parse.DocumentsReleased;
                owner.LiveBytes = MemoryBudgetTests.LiveBytes();
            }
        }
    }
}
