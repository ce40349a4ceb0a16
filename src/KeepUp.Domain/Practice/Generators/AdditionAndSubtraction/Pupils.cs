using System.Collections.Generic;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>The names and objects word problems use: a varied, inclusive set of children and everyday things.</summary>
internal static class Pupils
{
    private static readonly string[] Names =
    [
        "Amir", "Bella", "Chen", "Dev", "Ella", "Femi", "Grace", "Hamza", "Isla", "Jamal", "Kai", "Leah",
        "Mo", "Nia", "Oscar", "Priya", "Ravi", "Sofia", "Tomasz", "Zara", "Aisha", "Ben", "Olu", "Yusuf", "Mei", "Ruby",
    ];

    private static readonly string[] Things = ["stickers", "marbles", "shells", "books", "cards", "stamps", "beads", "conkers"];

    /// <summary>One child's name.</summary>
    public static string Name(Dice dice) => dice.Pick(Names);

    /// <summary>Two different children's names.</summary>
    public static (string First, string Second) TwoNames(Dice dice)
    {
        var first = dice.Between(0, Names.Length - 1);
        var second = (first + dice.Between(1, Names.Length - 1)) % Names.Length;
        return (Names[first], Names[second]);
    }

    /// <summary>Some countable things, in the plural.</summary>
    public static string Thing(Dice dice) => dice.Pick(Things);

    /// <summary>All the names, for tests and for picking without repeats.</summary>
    public static IReadOnlyList<string> All => Names;
}
