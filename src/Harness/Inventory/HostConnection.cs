using System.Globalization;

namespace IacTest.Harness.Inventory;

/// <summary>
/// How Ansible reaches a host, read from its merged inventory variables. A value that is a Jinja template
/// (<c>{{ … }}</c>) or vault-encrypted is kept as written: Ansible resolves it at run time.
/// </summary>
/// <param name="Name">The inventory name.</param>
/// <param name="Connection">The connection plugin (<c>ansible_connection</c>; <c>ssh</c> by default).</param>
/// <param name="Address">Where to connect (<c>ansible_host</c>; the inventory name by default).</param>
/// <param name="Port">The port (<c>ansible_port</c>), or null for the connection's default.</param>
/// <param name="User">The remote user (<c>ansible_user</c>), or null for the connection's default.</param>
/// <param name="PrivateKeyFile">The private key path (<c>ansible_ssh_private_key_file</c>), or null.</param>
/// <param name="Become">Whether tasks escalate privileges (<c>ansible_become</c>).</param>
/// <param name="BecomeUser">The user to become (<c>ansible_become_user</c>; root when null).</param>
/// <param name="BecomeMethod">How to become (<c>ansible_become_method</c>; sudo when null).</param>
public sealed record HostConnection(
    string Name,
    string Connection,
    string Address,
    int? Port,
    string? User,
    string? PrivateKeyFile,
    bool Become,
    string? BecomeUser,
    string? BecomeMethod)
{
    internal static HostConnection From(string name, IReadOnlyDictionary<string, object?> variables) => new(
        name,
        Text(variables, "ansible_connection") ?? "ssh",
        Text(variables, "ansible_host") ?? name,
        Number(variables, "ansible_port"),
        Text(variables, "ansible_user"),
        Text(variables, "ansible_ssh_private_key_file") ?? Text(variables, "ansible_private_key_file"),
        Flag(variables, "ansible_become"),
        Text(variables, "ansible_become_user"),
        Text(variables, "ansible_become_method"));

    private static string? Text(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.GetValueOrDefault(name) switch
        {
            null => null,
            string text => text,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };

    private static int? Number(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.GetValueOrDefault(name) switch
        {
            long number => (int)number,
            string text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };

    // Ansible's boolean(): the same spellings its become option accepts.
    private static bool Flag(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.GetValueOrDefault(name) switch
        {
            bool flag => flag,
            long number => number == 1,
            string text => text.Trim().ToLowerInvariant() is "yes" or "on" or "1" or "true" or "t" or "y",
            _ => false,
        };

    /// <inheritdoc />
    public override string ToString() =>
        $"{Name} ({Connection}://{(User is null ? string.Empty : User + "@")}{Address}{(Port is null ? string.Empty : ":" + Port)}{(Become ? $", become {BecomeUser ?? "root"} via {BecomeMethod ?? "sudo"}" : string.Empty)})";
}
