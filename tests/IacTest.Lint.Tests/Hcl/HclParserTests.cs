using IacTest.Lint.Hcl;

namespace IacTest.Lint.Tests.Hcl;

/// <summary>Exact ranges and recovery, on small inputs whose positions hcl2json confirms (see the corpus for more).</summary>
public sealed class HclParserTests
{
    [Fact]
    public void Attributes_blocks_and_labels_have_exact_line_column_and_byte_ranges()
    {
        // Given a block with labels and a nested one-line block after a non-ASCII comment
        const string text = "# é\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs\"\n  versioning { enabled = true }\n}\n";

        // When it is parsed
        var file = HclParser.ParseConfig(text, "main.tf");

        // Then every range counts lines, grapheme columns and UTF-8 bytes
        file.IsValid.ShouldBeTrue();
        var block = file.Body.Blocks.ShouldHaveSingleItem();
        block.Type.ShouldBe("resource");
        block.TypeRange.ShouldBe(new HclRange(new HclPosition(2, 1, 5), new HclPosition(2, 9, 13)));
        block.Labels.Select(l => l.Value).ShouldBe(["aws_s3_bucket", "logs"]);
        block.Labels[1].Range.ToString().ShouldBe("2,26-32");
        var bucket = block.Body.Attribute("bucket").ShouldNotBeNull();
        bucket.NameRange.ToString().ShouldBe("3,3-9");
        file.SourceOf(bucket.Expression.Range).ShouldBe("\"logs\"");
        ((HclTemplateExpression)bucket.Expression).LiteralValue.ShouldBe("logs");
        var versioning = block.Body.BlocksOfType("versioning").ShouldHaveSingleItem();
        versioning.Body.Attribute("enabled")!.Expression.ShouldBeOfType<HclLiteralExpression>().Value.ShouldBe("true");
        block.CloseBraceRange.ToString().ShouldBe("5,1-2");
    }

    [Fact]
    public void One_error_does_not_hide_the_next_item_and_redefinitions_name_the_first()
    {
        // Given an invalid argument value followed by a redefined argument in the next block
        const string text = "a = )\nb {\n  c = 1\n  c = 2\n}\n";

        // When it is parsed
        var file = HclParser.ParseConfig(text, "main.tf");

        // Then both are reported with HCL's words, and the block after the error is still read
        file.Diagnostics.Select(d => $"{d.Subject}: {d.Summary}").ShouldBe(["1,5-6: Invalid expression", "4,3-4: Attribute redefined"]);
        file.Diagnostics[1].Detail.ShouldBe("The argument \"c\" was already set at main.tf:3,3-4. Each argument may be set only once.");
        file.Body.BlocksOfType("b").ShouldHaveSingleItem().Body.Attribute("c").ShouldNotBeNull();
    }

    [Fact]
    public void Operators_bind_with_hcls_precedence_and_traversals_keep_their_steps()
    {
        // Given arithmetic, comparison, logic, a conditional and traversals with legacy and splat steps
        const string text = "x = a || b && c == d + e * -f ? g.0.h : i[*].j\n";

        // When it is parsed
        var file = HclParser.ParseConfig(text, "main.tf");

        // Then the tree nests by precedence
        var conditional = file.Body.Attribute("x")!.Expression.ShouldBeOfType<HclConditionalExpression>();
        var or = conditional.Condition.ShouldBeOfType<HclBinaryExpression>();
        or.Operator.ShouldBe(HclBinaryOperator.Or);
        var and = or.Right.ShouldBeOfType<HclBinaryExpression>();
        and.Operator.ShouldBe(HclBinaryOperator.And);
        var equal = and.Right.ShouldBeOfType<HclBinaryExpression>();
        equal.Operator.ShouldBe(HclBinaryOperator.Equal);
        var add = equal.Right.ShouldBeOfType<HclBinaryExpression>();
        add.Right.ShouldBeOfType<HclBinaryExpression>().Right.ShouldBeOfType<HclUnaryExpression>();
        var legacy = conditional.TrueResult.ShouldBeOfType<HclScopeTraversalExpression>();
        legacy.Steps.Select(s => s.IsLegacyIndex).ShouldBe([true, false]);
        conditional.FalseResult.ShouldBeOfType<HclSplatExpression>().AttributeOnly.ShouldBeFalse();
    }

    [Fact]
    public void Heredoc_templates_keep_directives_and_hcls_indentation_rule()
    {
        // Given an indented flush heredoc with a for directive and strip markers
        const string text = "p = <<-EOT\n    %{ for s in list ~}\n    ${s}\n    %{ endfor ~}\n    end\n  EOT\n";

        // When it is parsed
        var file = HclParser.ParseConfig(text, "main.tf");

        // Then the template has a join for the loop; the indentation stays, as in HCL (hcl2json gives
        // "%{for s in list}    ${s}\n%{endfor}    end\n"): a line that a strip marker emptied counts as unindented
        file.IsValid.ShouldBeTrue();
        var template = file.Body.Attribute("p")!.Expression.ShouldBeOfType<HclTemplateExpression>();
        template.IsHeredoc.ShouldBeTrue();
        template.Parts.OfType<HclTemplateJoinExpression>().ShouldHaveSingleItem().Loop.ValueVariable.ShouldBe("s");
        template.Parts.OfType<HclLiteralExpression>().Last().Value.ShouldBe("    end\n");
    }
}
