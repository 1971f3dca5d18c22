using System.Text.RegularExpressions;

namespace IacTest.Harness.Tests.Documentation;

/// <summary>
/// A reader finds every guide from the README: the start page first, then one line per page of docs/; and no link of
/// the README or a guide leads nowhere.
/// </summary>
public sealed partial class DocsLinkTests
{
    private static string Root => DocsCompiler.RepositoryRoot;

    [Fact]
    public void The_readme_links_the_start_page_before_any_other_page_of_the_docs()
    {
        var firstDocsLink = Links(File.ReadAllText(Path.Combine(Root, "README.md"))).First(l => l.StartsWith("docs/", StringComparison.Ordinal));

        firstDocsLink.ShouldBe("docs/start.md");
    }

    [Fact]
    public void Every_guide_is_listed_in_the_readme_on_a_line_of_its_own()
    {
        // Given the README's guide list: "- [Title](docs/page.md) — what it is for"
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).ReplaceLineEndings("\n").Split('\n');
        var listed = readme.Select(l => GuideLine().Match(l)).Where(m => m.Success).Select(m => m.Groups["page"].Value).ToArray();

        // Then every page of docs/ (and the rules index) is there exactly once
        var pages = Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Select(p => "docs/" + Path.GetFileName(p)).Append("docs/rules/README.md");
        pages.Except(listed).ShouldBeEmpty("guides missing from the README's list");
        listed.ShouldBeUnique();
    }

    [Fact]
    public void No_relative_link_of_the_readme_or_the_guides_is_broken()
    {
        var pages = Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Append(Path.Combine(Root, "README.md"));
        var broken = pages
            .SelectMany(page => Links(File.ReadAllText(page)).Select(link => (Page: page, Link: link)))
            .Where(l => !l.Link.Contains("://", StringComparison.Ordinal) && !l.Link.StartsWith('#') && !l.Link.StartsWith("mailto:", StringComparison.Ordinal))
            .Where(l =>
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(l.Page)!, l.Link.Split('#')[0]));
                return !File.Exists(target) && !Directory.Exists(target);
            })
            .Select(l => $"{Path.GetRelativePath(Root, l.Page)}: {l.Link}")
            .ToArray();

        broken.ShouldBeEmpty();
    }

    private static IEnumerable<string> Links(string markdown) => MarkdownLink().Matches(markdown).Select(m => m.Groups["target"].Value);

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^- \[[^\]]+\]\((?<page>docs/[^)#]+\.md)\) — \S")]
    private static partial Regex GuideLine();
}
