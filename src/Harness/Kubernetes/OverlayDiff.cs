using System.Text;
using IacTest.Harness.Snapshots;

namespace IacTest.Harness.Kubernetes;

/// <summary>
/// What one rendered overlay changes against another (prod against staging): objects only one of them has, and a
/// unified diff of each object both have. Objects are paired by where they come from — the same base manifest, or the
/// same generator — and kind, so a name prefix or another namespace does not break the pair; sets loaded from files pair
/// by kind and name. Its text is stable, to assert on or snapshot (<c>Snapshot.Match(diff.ToString(), extension: "diff")</c>).
/// </summary>
public sealed class OverlayDiff
{
    private OverlayDiff(string fromName, string toName, IReadOnlyList<ObjectChange> changes)
    {
        FromName = fromName;
        ToName = toName;
        Changes = changes;
    }

    /// <summary>The name of the set compared against.</summary>
    public string FromName { get; }

    /// <summary>The name of the set compared.</summary>
    public string ToName { get; }

    /// <summary>Every object added, removed or changed, in the order of the compared set (removed ones last).</summary>
    public IReadOnlyList<ObjectChange> Changes { get; }

    /// <summary>Whether the two sets render the same objects.</summary>
    public bool IsEmpty => Changes.Count == 0;

    /// <summary>Compares <paramref name="to"/> against <paramref name="from"/>.</summary>
    /// <param name="from">The set compared against (staging).</param>
    /// <param name="to">The set compared (prod).</param>
    /// <param name="fromName">Its name in the diff headers; the overlay's folder name when null.</param>
    /// <param name="toName">Its name in the diff headers; the overlay's folder name when null.</param>
    public static OverlayDiff Between(ManifestSet from, ManifestSet to, string? fromName = null, string? toName = null)
    {
        fromName ??= NameOf(from, "from");
        toName ??= NameOf(to, "to");
        var fromTexts = Texts(from);
        var toTexts = Texts(to);
        var fromIdentities = Identities(from);
        var toIdentities = Identities(to);
        var unpaired = from.Manifests.Select((m, i) => (Manifest: m, Text: fromTexts[i], Identity: fromIdentities[i])).ToList();
        var changes = new List<ObjectChange>();
        for (var i = 0; i < to.Manifests.Count; i++)
        {
            var manifest = to.Manifests[i];
            var pair = unpaired.FindIndex(u => u.Identity == toIdentities[i]);
            if (pair < 0)
            {
                changes.Add(new ObjectChange(ObjectChangeKind.Added, manifest.Kind, null, manifest.ToString(), Prefixed(toTexts[i], "+")));
                continue;
            }

            var (old, oldText, _) = unpaired[pair];
            unpaired.RemoveAt(pair);
            if (oldText != toTexts[i])
            {
                changes.Add(new ObjectChange(ObjectChangeKind.Changed, manifest.Kind, old.ToString(), manifest.ToString(),
                    UnifiedDiff.Create(oldText, toTexts[i], $"{fromName}/{old}", $"{toName}/{manifest}")));
            }
        }

        changes.AddRange(unpaired.Select(u => new ObjectChange(ObjectChangeKind.Removed, u.Manifest.Kind, u.Manifest.ToString(), null, Prefixed(u.Text, "-"))));
        return new OverlayDiff(fromName, toName, changes);
    }

    /// <summary>The one change of an object of <paramref name="kind"/> (named so in either set when <paramref name="name"/> is given).</summary>
    /// <exception cref="KeyNotFoundException">When there is none; the message lists the changes there are.</exception>
    public ObjectChange Of(string kind, string? name = null) =>
        Changes.FirstOrDefault(c => c.Kind == kind && (name is null || (c.From?.EndsWith("/" + name, StringComparison.Ordinal) ?? false) || (c.To?.EndsWith("/" + name, StringComparison.Ordinal) ?? false)))
        ?? throw new KeyNotFoundException($"{ToName} does not change a {kind}{(name is null ? string.Empty : $" named '{name}'")} against {FromName}. Changes: {string.Join(", ", Changes.Select(c => c.Title))}.");

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder($"{ToName} against {FromName}: {Changes.Count(c => c.ChangeKind == ObjectChangeKind.Changed)} changed, {Changes.Count(c => c.ChangeKind == ObjectChangeKind.Added)} added, {Changes.Count(c => c.ChangeKind == ObjectChangeKind.Removed)} removed\n");
        foreach (var change in Changes)
        {
            text.Append('\n').Append(change.Title).Append('\n').Append(change.Diff);
            if (!change.Diff.EndsWith('\n'))
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    // The n-th object of a kind from one source (a manifest, a generator) is the same object in both overlays.
    private static List<string> Identities(ManifestSet set)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var identities = new List<string>(set.Manifests.Count);
        foreach (var manifest in set.Manifests)
        {
            var source = manifest.Origin is { } origin && (origin.Path ?? origin.GeneratedIn) is { } file ? $"{manifest.Kind}|{file}" : $"{manifest.Kind}|{manifest.Name}";
            var occurrence = seen.GetValueOrDefault(source);
            seen[source] = occurrence + 1;
            identities.Add($"{source}|{occurrence}");
        }

        return identities;
    }

    // A rendered set's documents are separated by "---" lines; a set loaded from files is shown by its outline.
    private static List<string> Texts(ManifestSet set)
    {
        if (set.Rendered is not null)
        {
            var documents = set.RenderedYaml.Split("\n---\n").Select(d => d.EndsWith('\n') ? d : d + "\n").ToList();
            if (documents.Count == set.Manifests.Count)
            {
                return documents;
            }
        }

        return set.Manifests.Select(m => m.Root.ToString() + "\n").ToList();
    }

    private static string NameOf(ManifestSet set, string fallback) =>
        set.Rendered is { } render ? Path.GetFileName(render.Folder) : fallback;

    private static string Prefixed(string text, string marker) =>
        string.Concat(text.TrimEnd('\n').Split('\n').Select(line => $"{marker}{line}\n"));
}
