using System.Text;
using IacTest.Lint.Text;

namespace IacTest.Lint.Tests.Engine;

public class SourceTextTests
{
    [Fact]
    public void Lines_split_on_newline_and_keep_a_carriage_return_out_of_the_content()
    {
        var source = SourceText.FromText("f.yml", "a: 1\r\nb: 2\n");

        source.Lines.Count.ShouldBe(3);
        source.LineText(1).ShouldBe("a: 1\r");
        source.Lines[0].ContentEnd(source.Text).ShouldBe(4);
        source.Lines[2].HasNewline.ShouldBeFalse();
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_removed_and_remembered()
    {
        var source = SourceText.FromBytes("f.yml", [0xEF, 0xBB, 0xBF, (byte)'a', (byte)':', (byte)' ', (byte)'1']);

        source.IsText.ShouldBeTrue();
        source.HadByteOrderMark.ShouldBeTrue();
        source.Text.ShouldBe("a: 1");
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_decoded()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("k: v\n")).ToArray();

        var source = SourceText.FromBytes("f.yml", bytes);

        source.Text.ShouldBe("k: v\n");
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_its_line_and_character_column()
    {
        var bytes = Encoding.UTF8.GetBytes("a: 1\nbé: ").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var source = SourceText.FromBytes("f.yml", bytes);

        source.IsText.ShouldBeFalse();
        source.NotTextReason!.ShouldStartWith("invalid UTF-8");
        (source.NotTextLine, source.NotTextColumn).ShouldBe((2, 5));
    }

    [Fact]
    public void A_nul_byte_makes_a_file_binary()
    {
        var source = SourceText.FromBytes("f.yml", [(byte)'a', 0, (byte)'b']);

        source.NotTextReason.ShouldBe("binary content (a NUL byte)");
        (source.NotTextLine, source.NotTextColumn).ShouldBe((1, 2));
    }
}
