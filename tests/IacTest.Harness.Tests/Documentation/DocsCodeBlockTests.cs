using System.Text.RegularExpressions;
using IacTest.Harness.Engine;

namespace IacTest.Harness.Tests.Documentation;

/// <summary>
/// The C# the docs show compiles as written in a project built with the IacTest SDK, so a reader who copies an
/// example gets a test that builds. Deliberate fragments say so with a marker and are counted, not compiled.
/// </summary>
[Collection(Modules.ModuleReferencesCollection.Name)]
public sealed partial class DocsCodeBlockTests(DocsFleet fleet) : IClassFixture<DocsFleet>
{
    /// <summary>README.md and every page of docs/ (the generated rule pages hold no C#), found on disk so a new page is covered.</summary>
    public static TheoryData<string> Pages() => new(PageNames());

    private static string[] PageNames()
    {
        var docs = Directory.GetFiles(Path.Combine(DocsCompiler.RepositoryRoot, "docs"), "*.md")
            .Select(p => "docs/" + Path.GetFileName(p))
            .Where(p => MarkdownCodeBlock.Read(p, File.ReadAllText(Path.Combine(DocsCompiler.RepositoryRoot, p))).Count > 0)
            .Order(StringComparer.Ordinal);
        return ["README.md", .. docs];
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_csharp_block_of_the_page_compiles_against_the_harness(string page)
    {
        // Given the page's C# blocks
        var blocks = MarkdownCodeBlock.Read(page, File.ReadAllText(Path.Combine(DocsCompiler.RepositoryRoot, page)));
        var compiled = blocks.Where(b => !b.IsFragment).ToArray();
        compiled.ShouldNotBeEmpty();

        // When each is compiled
        var errors = compiled.SelectMany(DocsCompiler.Errors).ToArray();

        // Then none has an error
        errors.ShouldBeEmpty(string.Join('\n', errors));
    }

    /// <summary>Every block marked <c>&lt;!-- runs: folder --&gt;</c> in README.md and docs/, by page and line.</summary>
    public static TheoryData<string, int> RunnableBlocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in PageNames())
        {
            foreach (var block in MarkdownCodeBlock.Read(page, File.ReadAllText(Path.Combine(DocsCompiler.RepositoryRoot, page))).Where(b => b.RunsIn is not null))
            {
                data.Add(page, block.Line);
            }
        }

        return data;
    }

    [Fact]
    public void The_docs_hold_runnable_blocks_with_and_without_an_engine() =>
        RunnableBlocks().Count().ShouldBeGreaterThanOrEqualTo(3);

    [Fact]
    public void Every_csharp_block_runs_except_the_two_scenarios_that_need_three_platforms_or_a_caller()
    {
        // Given every C# block of README.md and docs/
        var blocks = PageNames().SelectMany(p => MarkdownCodeBlock.Read(p, File.ReadAllText(Path.Combine(DocsCompiler.RepositoryRoot, p)))).ToArray();

        // Then all but these run (the drift and inventory pages' hosts are sshd containers their names map to):
        // scenarios.md's [RoleTheory] rows, whose platform skips only xunit's discovery applies (the runner would
        // run the bullseye row the page shows skipped), and its Galaxy-named run, a helper taking a container name
        var notRun = blocks.Where(b => b.RunsIn is null).GroupBy(b => b.Page).ToDictionary(g => g.Key, g => g.Count());
        blocks.Length.ShouldBe(32);
        notRun.ShouldBe(new Dictionary<string, int> { ["docs/scenarios.md"] = 2 }, ignoreOrder: true);
        blocks.Count(b => b.RunsIn is not null).ShouldBe(30);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/converge.md")]
    [InlineData("docs/modules.md")]
    [InlineData("docs/getting-started.md")]
    [InlineData("docs/environments.md")]
    [InlineData("docs/kubernetes.md")]
    [InlineData("docs/packaging.md")]
    [InlineData("docs/smoke-checks.md")]
    [InlineData("docs/terraform.md")]
    public void Every_csharp_block_of_these_pages_runs(string page)
    {
        // Given a page whose examples are all whole tests
        var blocks = MarkdownCodeBlock.Read(page, File.ReadAllText(Path.Combine(DocsCompiler.RepositoryRoot, page)));

        // Then each is marked to run (so Every_runnable_block_passes_its_tests runs it), none only compiled
        blocks.ShouldNotBeEmpty();
        blocks.Where(b => b.RunsIn is null).Select(b => b.ToString()).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(RunnableBlocks))]
    public async Task Every_runnable_block_passes_its_tests(string page, int line)
    {
        // Given the block at that line, compiled for its project folder
        var block = MarkdownCodeBlock.Read(page, File.ReadAllText(Path.Combine(DocsCompiler.RepositoryRoot, page))).Single(b => b.Line == line);
        if (block.NeedsFleet)
        {
            // The servers the page names, as sshd containers: without an engine there are none (CI requires one).
            if (!DockerEngine.IsAvailable && !DockerEngine.EngineRequired)
            {
                return;
            }

            await fleet.EnsureStartedAsync();
        }

        // When its tests run (against the real engine when they need one)
        var outcomes = await DocsRunner.RunAsync(block);

        // Then a block the page shows failing fails with the output the page shows (its timing aside)
        if (block.ExpectsFailure && (DockerEngine.IsAvailable || !outcomes.All(o => o.Result.StartsWith("skipped:", StringComparison.Ordinal))))
        {
            var failure = outcomes.ShouldHaveSingleItem();
            failure.Failed.ShouldBeTrue(failure.Result);
            var shown = block.ShownOutput.ShouldNotBeNull($"{block} is marked fails but shows no output after it");
            var lines = shown.Split('\n').Select(l => Timing().Replace(l, "(…)").TrimEnd()).Where(l => l.Length > 0 && l.Trim() != "…");
            var printed = Timing().Replace(failure.Result, "(…)");
            lines.Where(l => !printed.Contains(l, StringComparison.Ordinal)).ShouldBeEmpty($"printed:\n{failure.Result}");
            return;
        }

        // Or each passed, or was skipped only because no engine answers (CI requires one, so there it runs)
        outcomes.ShouldNotBeEmpty();
        outcomes.Where(o => o.Result != "passed" && !(o.Result.StartsWith("skipped:", StringComparison.Ordinal) && !DockerEngine.IsAvailable))
            .Select(o => $"{o.Test}: {o.Result}")
            .ShouldBeEmpty();
    }

    [Fact]
    public async Task A_runnable_block_whose_test_fails_is_reported_failed_and_paths_resolve_in_its_folder()
    {
        // Given a runnable block with one passing and one failing fact, run in docs/
        const string Markdown = "<!-- runs: docs -->\n```csharp\npublic sealed class PageTests\n{\n"
            + "    [Fact] public void Finds_its_page() => File.Exists(ProjectFiles.Path(\"smoke-checks.md\")).ShouldBeTrue();\n"
            + "    [Fact] public void Is_wrong() => (1 + 1).ShouldBe(3);\n}\n```\n";
        var block = MarkdownCodeBlock.Read("page.md", Markdown).ShouldHaveSingleItem();
        block.RunsIn.ShouldBe("docs");

        // When it runs
        var outcomes = await DocsRunner.RunAsync(block);

        // Then the first passed (ProjectFiles resolved in docs/) and the second failed with Shouldly's message
        outcomes.Select(o => o.Test).ShouldBe(["page.md:2: PageTests.Finds_its_page", "page.md:2: PageTests.Is_wrong"], ignoreOrder: true);
        outcomes.Single(o => o.Test.EndsWith("Finds_its_page", StringComparison.Ordinal)).Result.ShouldBe("passed");
        outcomes.Single(o => o.Test.EndsWith("Is_wrong", StringComparison.Ordinal)).Result.ShouldStartWith("failed: ShouldAssertException:");
    }

    [Fact]
    public async Task A_runnable_block_without_a_test_or_folder_fails()
    {
        var noTest = MarkdownCodeBlock.Read("page.md", "<!-- runs: docs -->\n```csharp\npublic sealed class Nothing { }\n```\n").Single();
        var noFolder = MarkdownCodeBlock.Read("page.md", "<!-- runs: docs/missing -->\n```csharp\npublic sealed class Nothing { }\n```\n").Single();

        (await DocsRunner.RunAsync(noTest)).ShouldHaveSingleItem().Result.ShouldBe("failed: the block is marked runnable but holds no test");
        (await DocsRunner.RunAsync(noFolder)).ShouldHaveSingleItem().Result.ShouldBe("failed: the runs: folder docs/missing does not exist");
    }

    [Fact]
    public void A_block_that_misses_a_using_fails_with_the_error_at_its_line_in_the_page()
    {
        // Given a test class using xunit's output helper without importing Xunit.Abstractions (not an implicit using)
        var markdown = "# Page\n\n```csharp\npublic sealed class T(ITestOutputHelper output)\n{\n}\n```\n";
        var block = MarkdownCodeBlock.Read("page.md", markdown).ShouldHaveSingleItem();

        // When it is compiled
        var errors = DocsCompiler.Errors(block);

        // Then the error names the page line of the class
        errors.ShouldHaveSingleItem().ShouldStartWith("page.md:4: CS0246 The type or namespace name 'ITestOutputHelper' could not be found");
    }

    [Fact]
    public void Statements_compile_with_the_names_their_marker_gives_and_fail_without_it()
    {
        const string Code = "```csharp\nusing IacTest.Harness.Secrets;\nvar run = AnsiblePlaybookRun.Role(\"roles/app\").WithEnvironment(env)\n    .WithVariable(\"p\", SecretValue.Of(\"x\"));\n```\n";
        var given = MarkdownCodeBlock.Read("page.md", "<!-- given: IacEnvironment env -->\n" + Code).ShouldHaveSingleItem();
        var bare = MarkdownCodeBlock.Read("page.md", Code).ShouldHaveSingleItem();

        given.Given.ShouldBe("IacEnvironment env");
        DocsCompiler.Errors(given).ShouldBeEmpty();
        DocsCompiler.Errors(bare).ShouldHaveSingleItem().ShouldStartWith("page.md:3: CS0103 The name 'env' does not exist");
    }

    [Fact]
    public void A_runs_marker_may_give_names_and_say_the_block_fails_with_the_output_shown_after_it()
    {
        const string Markdown = "<!-- runs: docs; given: IacEnvironment env; fails -->\n```csharp\nawait env.ExecAsync(\"false\");\n```\n\n```\nexit 1\n```\n\ntext\n\n```csharp\nvar x = 1;\n```\n";

        var blocks = MarkdownCodeBlock.Read("page.md", Markdown);

        blocks[0].RunsIn.ShouldBe("docs");
        blocks[0].Given.ShouldBe("IacEnvironment env");
        blocks[0].ExpectsFailure.ShouldBeTrue();
        blocks[0].ShownOutput.ShouldBe("exit 1");
        blocks[1].ExpectsFailure.ShouldBeFalse();
        blocks[1].ShownOutput.ShouldBeNull();
    }

    [Fact]
    public async Task Statements_given_a_name_nothing_in_their_folder_supplies_fail_saying_so()
    {
        // Given statements that need an environment, in a folder with no fixture
        var block = MarkdownCodeBlock.Read("page.md", "<!-- runs: docs; given: IacEnvironment env -->\n```csharp\nawait env.ExecAsync(\"true\");\n```\n").Single();

        // When they run
        var outcome = (await DocsRunner.RunAsync(block)).ShouldHaveSingleItem();

        // Then
        outcome.Result.ShouldBe("failed: nothing in docs supplies IacEnvironment env");
    }

    [Fact]
    public void A_fragment_marker_applies_to_the_next_block_only()
    {
        var blocks = MarkdownCodeBlock.Read("page.md", "<!-- fragment -->\n\n```csharp\nx\n```\n\ntext\n\n```csharp\ny\n```\n");

        blocks.Select(b => b.IsFragment).ShouldBe([true, false]);
        blocks.Select(b => b.Line).ShouldBe([3, 9]);
    }

    // "(1 attempt, 0.3 s)": how long a check took differs from run to run.
    [GeneratedRegex(@"\(\d+ attempts?, [0-9.]+ m?s\)")]
    private static partial Regex Timing();
}
