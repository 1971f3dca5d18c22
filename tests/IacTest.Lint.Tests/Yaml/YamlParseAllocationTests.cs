using System.Text;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Tests.Yaml;

/// <summary>
/// What parsing allocates, counted on the test's own thread (no timing, nothing another test can disturb): the
/// syntax check streams, and the kept tokens are compact.
/// </summary>
public sealed class YamlParseAllocationTests
{
    [Fact]
    public void The_syntax_check_allocates_next_to_nothing_however_large_the_text()
    {
        // Given
        var text = BlockMappings(approximateBytes: 2_000_000);
        PyYamlSyntax.Check(text, YamlTree.MaxFlowNesting); // JIT and type set-up out of the count

        // When
        var before = GC.GetAllocatedBytesForCurrentThread();
        var verdict = PyYamlSyntax.Check(text, YamlTree.MaxFlowNesting);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then: a token queue and a few stacks, not a token object or string per scalar.
        verdict.Error.ShouldBeNull();
        allocated.ShouldBeLessThan(256 * 1024);
    }

    [Fact]
    public void Deep_flow_nesting_is_checked_without_a_token_per_level_kept()
    {
        // Given
        var text = new string('[', 100_000) + new string(']', 100_000) + "\n";

        // When
        var before = GC.GetAllocatedBytesForCurrentThread();
        var verdict = PyYamlSyntax.Check(text, YamlTree.MaxFlowNesting);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then
        verdict.Error.ShouldBeNull();
        verdict.MaxFlowLevel.ShouldBe(100_000);
        verdict.TooDeep!.Value.Index.ShouldBe(YamlTree.MaxFlowNesting);
        allocated.ShouldBeLessThan(8L * text.Length);
    }

    [Fact]
    public void A_parse_keeps_a_compact_record_per_token()
    {
        // Given
        var text = BlockMappings(approximateBytes: 1_000_000);
        YamlTree.ParseWithTokens(BlockMappings(approximateBytes: 10_000)); // JIT and type set-up out of the count

        // When: what the tokens hold, measured as what recording them allocates beyond a parse that keeps none
        var before = GC.GetAllocatedBytesForCurrentThread();
        var parse = YamlTree.ParseWithTokens(text);
        var withTokens = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        YamlTree.Parse(text);
        var withoutTokens = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then: about 18 bytes a token (kind, style, two offsets, a value reference), however many tokens — not an
        // object per token.
        parse.Error.ShouldBeNull();
        parse.Tokens.Count.ShouldBeGreaterThan(100_000);
        ((double)(withTokens - withoutTokens) / parse.Tokens.Count).ShouldBeLessThan(24);
    }

    private static string BlockMappings(int approximateBytes)
    {
        var builder = new StringBuilder("---\n");
        for (var i = 0; builder.Length < approximateBytes; i++)
        {
            builder.Append("section_").Append(i).Append(":\n  name: \"service ").Append(i).Append("\"\n  ports: [80, 443]\n  enabled: true\n");
        }

        return builder.ToString();
    }
}
