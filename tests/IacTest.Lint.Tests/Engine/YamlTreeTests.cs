using IacTest.Lint.Yaml;

namespace IacTest.Lint.Tests.Engine;

public class YamlTreeTests
{
    [Fact]
    public void Duplicate_keys_are_kept_with_their_positions()
    {
        var (documents, error) = YamlTree.Parse("a: 1\nb:\n  c: [x, y]\na: 2\n");

        error.ShouldBeNull();
        var root = documents.ShouldHaveSingleItem().Root.ShouldBeOfType<YMapping>();
        root.Pairs.Select(p => p.KeyText).ShouldBe(["a", "b", "a"]);
        root.Pairs[2].Key.Start.ShouldBe(new Position(4, 1, 20));
        var inner = root["b"].ShouldBeOfType<YMapping>()["c"].ShouldBeOfType<YSequence>();
        inner.IsFlow.ShouldBeTrue();
        inner.Items[1].Start.Line.ShouldBe(3);
        inner.Items[1].Start.Column.ShouldBe(10);
        inner.Depth.ShouldBe(2);
    }

    [Fact]
    public void Every_document_of_a_stream_is_read()
    {
        var (documents, _) = YamlTree.Parse("---\nkind: A\n---\nkind: B\n...\n");

        documents.Count.ShouldBe(2);
        documents[0].HasExplicitStart.ShouldBeTrue();
        documents[1].HasExplicitEnd.ShouldBeTrue();
        ((YMapping)documents[1].Root!).GetScalar("kind").ShouldBe("B");
    }

    [Fact]
    public void Aliases_point_at_their_anchor_and_are_not_expanded()
    {
        var (documents, _) = YamlTree.Parse("base: &b {x: 1}\nother: *b\n");

        var root = (YMapping)documents[0].Root!;
        var alias = root["other"].ShouldBeOfType<YAlias>();
        alias.Name.ShouldBe("b");
        alias.Target.ShouldBeSameAs(root["base"]);
    }

    [Fact]
    public void A_syntax_error_is_returned_with_its_position_not_thrown()
    {
        var (_, error) = YamlTree.Parse("a: [1, 2\nb: 3\n");

        error.ShouldNotBeNull();
        error.Position.Line.ShouldBeInRange(1, 3);
        error.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_do_not_overflow_the_stack()
    {
        var text = new string('[', 10_000) + new string(']', 10_000) + "\n";

        var (documents, error) = YamlTree.Parse(text);

        error.ShouldBeNull();
        documents[0].Root!.DescendantsAndSelf().Max(n => n.Depth).ShouldBe(9_999);
    }
}
