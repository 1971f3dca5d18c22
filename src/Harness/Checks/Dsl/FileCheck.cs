using IacTest.Harness.Checks.Probes;

namespace IacTest.Harness.Checks.Dsl;

/// <summary>Expectations on a file, directory or link.</summary>
public sealed class FileCheck(string path) : CheckBuilder<FileCheck>("file", path)
{
    /// <summary>The path exists (or not).</summary>
    public FileCheck Exists(bool exists = true) => Expect("exists", exists);

    /// <summary>The path does not exist.</summary>
    public FileCheck Absent() => Exists(false);

    /// <summary>Octal mode, e.g. <c>"0644"</c>.</summary>
    public FileCheck Mode(Matcher mode) => Expect("mode", mode);

    /// <summary>Owner name.</summary>
    public FileCheck Owner(Matcher owner) => Expect("owner", owner);

    /// <summary>Group name.</summary>
    public FileCheck Group(Matcher group) => Expect("group", group);

    /// <summary>Type: file, directory, symlink, pipe, socket, character-device, block-device.</summary>
    public FileCheck FileType(Matcher filetype) => Expect("filetype", filetype);

    /// <summary>A regular file.</summary>
    public FileCheck IsFile() => FileType("file");

    /// <summary>A directory.</summary>
    public FileCheck IsDirectory() => FileType("directory");

    /// <summary>A symbolic link.</summary>
    public FileCheck IsSymlink() => FileType("symlink");

    /// <summary>A symbolic link to <paramref name="target"/>.</summary>
    public FileCheck LinkedTo(Matcher target) => Expect("linked-to", target);

    /// <summary>Size in bytes.</summary>
    public FileCheck Size(Matcher size) => Expect("size", size);

    /// <summary>Each pattern occurs in the contents (<c>/re/</c> for a regular expression, <c>!</c> to negate).</summary>
    public FileCheck Contains(params string[] patterns) => Expect("contents", Matcher.HavePatterns(patterns));

    /// <summary>Any matcher on the whole contents.</summary>
    public FileCheck Contents(Matcher contents) => Expect("contents", contents);

    /// <summary>md5 of the contents (hex, any case).</summary>
    public FileCheck Md5(string md5) => Expect("md5", md5.ToLowerInvariant());

    /// <summary>sha256 of the contents (hex, any case).</summary>
    public FileCheck Sha256(string sha256) => Expect("sha256", sha256.ToLowerInvariant());

    /// <summary>sha512 of the contents (hex, any case).</summary>
    public FileCheck Sha512(string sha512) => Expect("sha512", sha512.ToLowerInvariant());

    /// <inheritdoc />
    protected override IResourceProbe CreateProbe() =>
        new FileProbe(
            Id,
            Expectations.Any(e => e.Key == "contents"),
            FileProbe.DigestsAmong(Expectations.Select(e => e.Key)));
}
