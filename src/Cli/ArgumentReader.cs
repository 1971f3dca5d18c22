namespace IacTest.Cli;

/// <summary>Reads options and positional arguments, accepting <c>--name value</c>, <c>--name=value</c> and <c>-x value</c>.</summary>
internal sealed class ArgumentReader(string[] args)
{
    private int _index;

    public List<string> Positionals { get; } = [];

    /// <summary>Moves to the next option; positionals (and everything after <c>--</c>) are collected on the way.</summary>
    public bool TryNextOption(out string option, out string? inlineValue)
    {
        while (_index < args.Length)
        {
            var arg = args[_index++];
            if (arg == "--")
            {
                Positionals.AddRange(args[_index..]);
                _index = args.Length;
                break;
            }

            if (arg.Length > 1 && arg[0] == '-')
            {
                var equals = arg.IndexOf('=', StringComparison.Ordinal);
                option = equals > 0 && arg.StartsWith("--", StringComparison.Ordinal) ? arg[..equals] : arg;
                inlineValue = equals > 0 && arg.StartsWith("--", StringComparison.Ordinal) ? arg[(equals + 1)..] : null;
                return true;
            }

            Positionals.Add(arg);
        }

        option = string.Empty;
        inlineValue = null;
        return false;
    }

    /// <summary>The value of the current option.</summary>
    public string Value(string option, string? inlineValue)
    {
        if (inlineValue is not null)
        {
            return inlineValue;
        }

        if (_index >= args.Length)
        {
            throw new UsageException($"option {option} needs a value.");
        }

        return args[_index++];
    }
}
