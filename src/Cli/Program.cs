return IacTest.Cli.CommandLine.Run(args, Console.Out, Console.Error);
