using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace KeepUp.Storage.Migrations.Postgres
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
                    PupilId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    AudibleAlert = table.Column<bool>(type: "boolean", nullable: false),
                    ReadAloud = table.Column<bool>(type: "boolean", nullable: false),
                    ColourScheme = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FontSize = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InputAssistant = table.Column<bool>(type: "boolean", nullable: false),
                    NextBetweenQuestions = table.Column<bool>(type: "boolean", nullable: false),
                    RemoveNumberPad = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    PupilId = table.Column<Guid>(type: "uuid", nullable: false),
                    WindowId = table.Column<int>(type: "integer", nullable: false),
                    FormSeed = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    RestartReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    RestartedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    RestartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    InputAssistant = table.Column<bool>(type: "boolean", nullable: false),
                    InputAssistantName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ArrangementsChosen = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
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
                    AttemptId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Answer = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Correct = table.Column<bool>(type: "boolean", nullable: false),
                    ShownAtMilliseconds = table.Column<double>(type: "double precision", nullable: true),
                    MillisecondsOnScreen = table.Column<int>(type: "integer", nullable: true),
                    ByInputAssistant = table.Column<bool>(type: "boolean", nullable: false)
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
