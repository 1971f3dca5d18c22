using System.Text;

namespace IacTest.Lint.Tests.Fuzz;

/// <summary>
/// Makes hostile inputs by class from a corpus of real files (the tests' fixtures and the samples): each input is a
/// pure function of its seed, so a failure is reproduced from the seed alone.
/// </summary>
internal sealed class HostileInputs(IReadOnlyList<CorpusFile> corpus)
{
    /// <summary>The classes of input, each a way real files go wrong or attackers push a parser.</summary>
    public static readonly string[] Classes =
    [
        "mutation", "splice", "encoding", "line-ends", "nesting", "aliases", "huge-scalar", "control-chars", "tags", "directives", "boms", "comments",
    ];

    // Characters that mean something to YAML, to the linters' comment directives or to line counting.
    private static readonly string[] Interesting =
    [
        ":", "-", "?", "[", "]", "{", "}", ",", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "\t", "\r", "\n", "\r\n", " ",
        "---", "...", "<<", "!<>", "!!", "&a", "*a", "# noqa", "# yamllint disable", "\\", "\u0085", "\u2028", "\uFEFF", "\0", "~", "=",
    ];

    /// <summary>One input: its class, the corpus file it started from (its path decides how it is classified), and its bytes.</summary>
    public (string Class, string RelativePath, byte[] Bytes) Generate(int seed)
    {
        var random = new Random(seed);
        var kind = Classes[random.Next(Classes.Length)];
        var file = corpus[random.Next(corpus.Count)];
        var bytes = kind switch
        {
            "mutation" => Mutate(random, file.Bytes),
            "splice" => Splice(random, file.Bytes, corpus[random.Next(corpus.Count)].Bytes),
            "encoding" => Encode(random, file.Text),
            "line-ends" => Utf8(LineEnds(random, file.Text)),
            "nesting" => Utf8(Nesting(random)),
            "aliases" => Utf8(Aliases(random)),
            "huge-scalar" => Utf8(HugeScalar(random)),
            "control-chars" => Utf8(ControlCharacters(random, file.Text)),
            "tags" => Utf8(Tags(random, file.Text)),
            "directives" => Utf8(Directives(random, file.Text)),
            "boms" => Boms(random, file.Bytes),
            _ => Utf8(Comments(random, file.Text)),
        };
        return (kind, file.RelativePath, bytes);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Mutate(Random random, byte[] original)
    {
        var bytes = new List<byte>(original);
        var operations = 1 + random.Next(8);
        for (var i = 0; i < operations; i++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Interesting[random.Next(Interesting.Length)]));
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(16)));
                    break;
                case 3 when bytes.Count > 0:
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(64));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4 when bytes.Count > 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
            }
        }

        return [.. bytes];
    }

    private static byte[] Splice(Random random, byte[] first, byte[] second) =>
        [.. first.AsSpan(0, random.Next(first.Length + 1)), .. second.AsSpan(random.Next(second.Length + 1))];

    private static byte[] Encode(Random random, string text) => random.Next(7) switch
    {
        0 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        1 => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        2 => Encoding.Unicode.GetBytes(text),
        3 => Encoding.UTF32.GetBytes("\uFEFF" + text),
        4 => Encoding.Latin1.GetBytes("caf\u00e9: cr\u00e8me\n" + text),
        5 => Insert(random, Encoding.UTF8.GetBytes(text), InvalidUtf8[random.Next(InvalidUtf8.Length)]),
        _ => Encoding.UTF8.GetBytes(Insert(random, text, "\U0001F680: \U0001D11E\n\U0001F600 key: \u00e9\u0301 value\n")),
    };

    // Overlong, surrogate, truncated and out-of-range sequences.
    private static readonly byte[][] InvalidUtf8 = [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF0, 0x9F], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xFE], [0xE2, 0x82]];

    private static string LineEnds(Random random, string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var mode = random.Next(4);
        foreach (var c in text)
        {
            if (c != '\n')
            {
                builder.Append(c);
                continue;
            }

            builder.Append((mode == 3 ? random.Next(3) : mode) switch { 0 => "\r", 1 => "\r\n", _ => "\n" });
        }

        // A lone \r just before a comment, where the directive scan once failed.
        if (random.Next(2) == 0)
        {
            builder.Insert(random.Next(builder.Length + 1), "\r# yamllint disable-line rule:truthy\r");
        }

        return builder.ToString();
    }

    private static string Nesting(Random random)
    {
        var depth = 1 + random.Next(random.Next(2) == 0 ? 200 : 5000);
        return random.Next(4) switch
        {
            0 => "---\nkey: " + new string('[', depth) + new string(']', depth) + "\n",
            1 => "---\n" + string.Concat(Enumerable.Range(0, Math.Min(depth, 400)).Select(i => new string(' ', i) + "k:\n")),
            2 => "---\n" + string.Concat(Enumerable.Range(0, Math.Min(depth, 400)).Select(i => new string(' ', i * 2) + "- \n")) + "x\n",
            _ => "---\n" + new string('{', depth) + "a: " + new string('}', depth) + "\n",
        };
    }

    private static string Aliases(Random random) => random.Next(6) switch
    {
        0 => "---\na: &a [lol, lol, lol]\n" + string.Concat(Enumerable.Range(1, 12).Select(i => $"b{i}: &a{i} [{string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*a{i - 1}", 9))}]\n")),
        1 => "---\nkey: *undefined\n",
        2 => "---\na: &a {b: &a c}\nd: *a\n*a : value\n",
        3 => "---\nbase: &base {x: 1}\nderived:\n  <<: [*base, *base, *nope]\n  <<: *base\n",
        4 => "---\n&a a: &b b\n*b : *a\n? *a\n: *b\n",
        _ => "---\nrecursive: &r [*r]\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"- &x{i} *x{Math.Max(0, i - 1)}\n")),
    };

    private static string HugeScalar(Random random)
    {
        var size = 1024 * (1 + random.Next(512));
        return random.Next(5) switch
        {
            0 => "---\nkey: " + new string('x', size) + "\n",
            1 => "---\nkey: \"" + string.Concat(Enumerable.Repeat("\\u00e9\\n\\\"", size / 10)) + "\"\n",
            2 => "---\nkey: |\n" + string.Concat(Enumerable.Repeat("  " + new string('y', 100) + "\n", size / 100)),
            3 => "---\n" + new string('k', size) + ": value\n",
            _ => "---\nkey: '" + new string('\'', 2 * (size / 2)) + "'\n",
        };
    }

    private static string ControlCharacters(Random random, string text)
    {
        string[] controls = ["\u0001", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B", "\u001C", "\u007F", "\u0080", "\u0085", "\u009F", "\uFEFF", "\uFFFE", "\uFFFF", "\u2028", "\u2029", "\u200B", "\uE000"];
        var count = 1 + random.Next(6);
        for (var i = 0; i < count; i++)
        {
            text = Insert(random, text, controls[random.Next(controls.Length)]);
        }

        return text;
    }

    private static string Tags(Random random, string text)
    {
        string[] tags = ["!<>", "!", "!!", "!<!>", "!e!x", "!<tag:yaml.org,2002:str>", "!!binary", "!<%zz>", "!a!b!c", "!\u00e9", "!!python/object:os.system", "!<", "!%00"];
        var tag = tags[random.Next(tags.Length)];
        return random.Next(3) switch
        {
            0 => $"---\nkey: {tag} value\n{tag} other: 1\nlist:\n  - {tag}\n  - {tag} [1, 2]\n",
            1 => $"%TAG !e! tag:example.com,2000:\n---\nkey: {tag} value\n",
            _ => Insert(random, text, " " + tag + " "),
        };
    }

    private static string Directives(Random random, string text)
    {
        string[] directives = ["%YAML 1.1", "%YAML 1.2", "%YAML 2.0", "%YAML", "%TAG ! !", "%TAG !e! tag:x,2000:\n%TAG !e! tag:y,2000:", "%", "%FOO bar", "%YAML 1.1\n%YAML 1.1"];
        var directive = directives[random.Next(directives.Length)];
        return random.Next(3) switch
        {
            0 => directive + "\n---\n" + text,
            1 => directive + "\n" + text,
            _ => text + "\n...\n" + directive + "\n---\nagain: 1\n",
        };
    }

    private static byte[] Boms(Random random, byte[] bytes)
    {
        byte[] utf8Bom = [0xEF, 0xBB, 0xBF];
        return random.Next(4) switch
        {
            0 => [.. utf8Bom, .. utf8Bom, .. bytes],
            1 => Insert(random, bytes, utf8Bom),
            2 => [0xFF, 0xFE, .. bytes],
            _ => [.. utf8Bom, .. "%YAML 1.2\n---\n"u8, .. bytes],
        };
    }

    private static string Comments(Random random, string text)
    {
        string[] comments =
        [
            "#yamllint disable-file", "#\t yamllint disable-file \t", "# yamllint disable-file\r", "# yamllint disable rule:trailing-spaces rule:", "# yamllint enable rule:",
            "# yamllint disable-line rule:line-length\rkey: 1", "# noqa", "# noqa:", "# noqa: yaml[truthy] \r", "#", "# yamllint disable\r\r", "#\u001c yamllint disable-file",
        ];
        var comment = comments[random.Next(comments.Length)];
        return random.Next(3) switch
        {
            0 => comment + "\n" + text,
            1 => Insert(random, text, " " + comment),
            _ => text + comment,
        };
    }

    private static string Insert(Random random, string text, string what)
    {
        var at = random.Next(text.Length + 1);
        // Never between the halves of a surrogate pair: that would not be text at all.
        if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]))
        {
            at--;
        }

        return text.Insert(at, what);
    }

    private static byte[] Insert(Random random, byte[] bytes, byte[] what)
    {
        var at = random.Next(bytes.Length + 1);
        return [.. bytes.AsSpan(0, at), .. what, .. bytes.AsSpan(at)];
    }
}

/// <summary>A real file the inputs are made from: its path below the repository, its bytes and its text.</summary>
internal sealed record CorpusFile(string RelativePath, byte[] Bytes, string Text)
{
    /// <summary>Every YAML file of the tests' fixtures and the samples, in a stable order.</summary>
    public static IReadOnlyList<CorpusFile> Load(string repositoryRoot)
    {
        var roots = new[] { Path.Combine(repositoryRoot, "tests"), Path.Combine(repositoryRoot, "samples") };
        return roots.Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories))
            .Where(p => (p.EndsWith(".yml", StringComparison.Ordinal) || p.EndsWith(".yaml", StringComparison.Ordinal))
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && new FileInfo(p).Length < 256 * 1024)
            .Select(p => Path.GetRelativePath(repositoryRoot, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative =>
            {
                var bytes = File.ReadAllBytes(Path.Combine(repositoryRoot, relative));
                return new CorpusFile(relative, bytes, Encoding.UTF8.GetString(bytes));
            })
            .ToArray();
    }
}
