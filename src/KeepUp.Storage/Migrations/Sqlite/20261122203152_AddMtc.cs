using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KeepUp.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddMtc : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MtcArrangements",
                columns: table => new
                {
                    PupilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    AudibleAlert = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReadAloud = table.Column<bool>(type: "INTEGER", nullable: false),
                    ColourScheme = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FontSize = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InputAssistant = table.Column<bool>(type: "INTEGER", nullable: false),
                    NextBetweenQuestions = table.Column<bool>(type: "INTEGER", nullable: false),
                    RemoveNumberPad = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MtcArrangements", x => x.PupilId);
                    table.ForeignKey(
                        name: "FK_MtcArrangements_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MtcWindows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClassId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MtcWindows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MtcWindows_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MtcAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    PupilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WindowId = table.Column<int>(type: "INTEGER", nullable: false),
                    FormSeed = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    RestartReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    RestartedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RestartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    InputAssistant = table.Column<bool>(type: "INTEGER", nullable: false),
                    InputAssistantName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ArrangementsChosen = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MtcAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MtcAttempts_MtcWindows_WindowId",
                        column: x => x.WindowId,
                        principalTable: "MtcWindows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MtcAttempts_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MtcResponses",
                columns: table => new
                {
                    AttemptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Correct = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShownAtMilliseconds = table.Column<double>(type: "REAL", nullable: true),
                    MillisecondsOnScreen = table.Column<int>(type: "INTEGER", nullable: true),
                    ByInputAssistant = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MtcResponses", x => new { x.AttemptId, x.Position });
                    table.ForeignKey(
                        name: "FK_MtcResponses_MtcAttempts_AttemptId",
                        column: x => x.AttemptId,
                        principalTable: "MtcAttempts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MtcAttempts_PupilId",
                table: "MtcAttempts",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_MtcAttempts_SchoolId_PupilId",
                table: "MtcAttempts",
                columns: new[] { "SchoolId", "PupilId" });

            migrationBuilder.CreateIndex(
                name: "IX_MtcAttempts_WindowId",
                table: "MtcAttempts",
                column: "WindowId");

            migrationBuilder.CreateIndex(
                name: "IX_MtcWindows_ClassId_OpensOn",
                table: "MtcWindows",
                columns: new[] { "ClassId", "OpensOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MtcArrangements");

            migrationBuilder.DropTable(
                name: "MtcResponses");

            migrationBuilder.DropTable(
                name: "MtcAttempts");

            migrationBuilder.DropTable(
                name: "MtcWindows");
        }
    }
}
