namespace IacTest.Harness.Ansible;

/// <summary>Finds the Ansible programs and the Python interpreter they run with.</summary>
internal static class AnsibleTools
{
    /// <summary>
    /// The <c>ansible-playbook</c> to run: <c>IACTEST_ANSIBLE_PLAYBOOK</c>, else <c>bin/ansible-playbook</c> of the
    /// ansible-core install <c>IACTEST_ANSIBLE_HOME</c> names (a virtual environment or a <c>pip --prefix</c>
    /// folder), else the first on PATH.
    /// </summary>
    public static string AnsiblePlaybook =>
        Environment.GetEnvironmentVariable("IACTEST_ANSIBLE_PLAYBOOK") is { Length: > 0 } configured ? configured
        : Environment.GetEnvironmentVariable("IACTEST_ANSIBLE_HOME") is { Length: > 0 } home ? Path.Combine(home, "bin", "ansible-playbook")
        : FindOnPath("ansible-playbook") ?? "ansible-playbook";

    /// <summary>The Python interpreter named by <c>ansible-playbook</c>'s first line (it can import <c>ansible</c>).</summary>
    public static string Python
    {
        get
        {
            var playbook = AnsiblePlaybook;
            try
            {
                var first = File.ReadLines(playbook).FirstOrDefault() ?? string.Empty;
                if (first.StartsWith("#!", StringComparison.Ordinal))
                {
                    var words = first[2..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length > 0 && words[0].EndsWith("/env", StringComparison.Ordinal) && words.Length > 1)
                    {
                        return FindOnPath(words[1]) ?? words[1];
                    }

                    if (words.Length > 0)
                    {
                        return words[0];
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Fall through to the usual interpreter.
            }

            return "/usr/bin/python3";
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
