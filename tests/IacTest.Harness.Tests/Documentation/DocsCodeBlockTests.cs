namespace IacTest.Harness.Tests.Documentation;

/// <summary>
/// The C# the docs show compiles as written in a project built with the IacTest SDK, so a reader who copies an
/// example gets a test that builds. Deliberate fragments say so with a marker and are counted, not compiled.
/// </summary>
public sealed class DocsCodeBlockTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/converge.md")]
    [InlineData("docs/drift.md")]
    [InlineData("docs/environments.md")]
    [InlineData("docs/modules.md")]
    [InlineData("docs/packaging.md")]
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
    public void A_fragment_marker_applies_to_the_next_block_only()
    {
        var blocks = MarkdownCodeBlock.Read("page.md", "<!-- fragment -->\n\n```csharp\nx\n```\n\ntext\n\n```csharp\ny\n```\n");

        blocks.Select(b => b.IsFragment).ShouldBe([true, false]);
        blocks.Select(b => b.Line).ShouldBe([3, 9]);
    }
}
