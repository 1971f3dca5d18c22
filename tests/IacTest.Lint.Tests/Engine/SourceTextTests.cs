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

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(1025)]
    [InlineData(70_000)]
    public void A_file_is_read_whole_whatever_its_size(int size)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("iactest-read-").FullName, "f.yml");
        var text = new string('a', size);
        File.WriteAllText(path, text);
        try
        {
            var source = SourceText.Read(path, maxBytes: size, out var length);

            source.ShouldNotBeNull().Text.ShouldBe(text);
            length.ShouldBe(size);
            SourceText.Read(path).Text.ShouldBe(text);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void A_file_over_the_limit_is_not_read_and_its_length_is_told()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("iactest-read-").FullName, "f.yml");
        File.WriteAllText(path, "a: 1\n");
        try
        {
            SourceText.Read(path, maxBytes: 4, out var length).ShouldBeNull();
            length.ShouldBe(5);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
