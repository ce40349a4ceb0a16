using KeepUp.Cli;

return await KeepUpCli.RunAsync(args, Console.Out, Console.Error);
