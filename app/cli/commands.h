// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"
#include "output.h"

namespace trato::cli {

// One trato-cli command: how it is called, what it needs and the function that runs it.
struct Command
{
    enum DbAccess {
        NoDatabase,     // help
        OpenExisting,   // reads and edits: a missing file is an error, not an empty new database
        OpenOrCreate,   // init, demo, add, field add
    };

    const char *name;            // "list", "field add"
    const char *synopsis;        // what follows the name in the usage line (English)
    const char *summary;         // one line for the command list (English)
    const char *details;         // a paragraph for `help COMMAND`, or nullptr
    QList<OptionSpec> options;
    int minArgs = 0;
    int maxArgs = 0;             // -1: any number
    DbAccess db = OpenExisting;
    int (*run)(Context &, const Arguments &) = nullptr;
};

const QList<Command> &commands();
const Command *findCommand(const QString &name);

// Help text, on stdout (asked for) or as part of a usage error.
QString overviewHelp(const QString &program);
QString commandHelp(const QString &program, const Command &command);
QString usageLine(const QString &program, const Command &command);

// --format for commands that take one; a bad value is a usage error (returns false after printing).
bool formatOption(const Context &context, const Arguments &args, const QList<Format> &allowed,
                  Format fallback, Format *out, int *exitCode);
// --limit/--offset style counts; a bad value is a usage error.
bool countOption(const Context &context, const Arguments &args, const QString &name, qint64 fallback,
                 qint64 *out, int *exitCode);
// FIELD=VALUE words -> map; false (usage error printed) for a word without '=' or a repeated field.
bool fieldAssignments(const Context &context, const QStringList &words, QMap<QString, QString> *out,
                      int *exitCode);
// The entity or a BadInput error listing the known ones.
Result<const Entity *> entityArgument(const Context &context, const QString &name);

// dedupecommands.cpp: duplicates, merge, convert (appended to the table), and the duplicate check
// of add/update (exit code, or Exit::Ok to go on).
void appendDedupeCommands(QList<Command> &commands);
int checkDuplicates(Context &context, const Entity &entity, const QVariantMap &values, const QString &excludeId,
                    const Arguments &args);
// databasecommands.cpp
int runInit(Context &, const Arguments &);
int runDemo(Context &, const Arguments &);
int runEntities(Context &, const Arguments &);
int runCheck(Context &, const Arguments &);
int runBackup(Context &, const Arguments &);
// fieldcommands.cpp
int runFields(Context &, const Arguments &);
int runFieldAdd(Context &, const Arguments &);
int runFieldRemove(Context &, const Arguments &);
// recordcommands.cpp
int runList(Context &, const Arguments &);
int runShow(Context &, const Arguments &);
int runTrash(Context &, const Arguments &);
// editcommands.cpp
int runAdd(Context &, const Arguments &);
int runUpdate(Context &, const Arguments &);
int runDelete(Context &, const Arguments &);
int runRestore(Context &, const Arguments &);
int runPurge(Context &, const Arguments &);
// historycommands.cpp
int runHistory(Context &, const Arguments &);
int runSearch(Context &, const Arguments &);
// campaigncommands.cpp
int runCampaignMembers(Context &, const Arguments &);
int runCampaignAdd(Context &, const Arguments &);
int runCampaignStatus(Context &, const Arguments &);
int runCampaignRemove(Context &, const Arguments &);
int runCampaignStats(Context &, const Arguments &);
// segmentcommands.cpp
int runSegmentAdd(Context &, const Arguments &);
int runSegmentList(Context &, const Arguments &);
int runSegmentShow(Context &, const Arguments &);
int runSegmentDelete(Context &, const Arguments &);
int runTag(Context &, const Arguments &);
int runUntag(Context &, const Arguments &);
int runTags(Context &, const Arguments &);
// importcommands.cpp
int runImport(Context &, const Arguments &);
int runImports(Context &, const Arguments &);
int runExport(Context &, const Arguments &);
// Module command tables, appended by buildCommands() (commands.cpp):
// activities
// homecommands.cpp: myday, team, reminders, reminder snooze|dismiss
void appendHomeCommands(QList<Command> &commands);
void appendActivityCommands(QList<Command> &commands);
// calendar
void appendCalendarCommands(QList<Command> &commands);
// telemarketing
void appendTelemarketingCommands(QList<Command> &commands); // telemarketingcommands.cpp
// telephony
void appendTelephonyCommands(QList<Command> &commands);
// timeline
void appendTimelineCommands(QList<Command> &commands);

// inventory: catalog
void appendCatalogCommands(QList<Command> &commands); // catalogcommands.cpp
// inventory: stock
void appendStockCommands(QList<Command> &commands); // stockcommands.cpp
// inventory: purchasing
void appendPurchasingCommands(QList<Command> &commands); // purchasingcommands.cpp
// inventory: reports
void appendStockReportCommands(QList<Command> &commands); // stockreportcommands.cpp
// sales: documents
void appendDocumentCommands(QList<Command> &commands); // documentcommands.cpp
// sales: pipeline
void appendPipelineCommands(QList<Command> &commands); // pipelinecommands.cpp
// sales: printing
void appendPrintCommands(QList<Command> &commands); // printcommands.cpp
// sales: lines and history
void appendPurchaseCommands(QList<Command> &commands); // purchasecommands.cpp: line move|remove, purchases
// support: sla
void appendSlaCommands(QList<Command> &commands); // slacommands.cpp
// support: tickets
void appendTicketCommands(QList<Command> &commands); // ticketcommands.cpp: ticket add|assign|reply|note|resolve|close|reopen|show
// support: queues and kpis
void appendQueueCommands(QList<Command> &commands); // queuecommands.cpp: ticket queue, ticket queues, support kpi
// support: knowledge base and contracts
void appendKbCommands(QList<Command> &commands); // kbcommands.cpp: kb search|show|insert|helped, contract status|assign
// analytics: dashboards
void appendDashboardCommands(QList<Command> &commands); // dashboardcommands.cpp: dashboard
// analytics: kpis
void appendKpiCommands(QList<Command> &commands); // kpicommands.cpp: kpi
// analytics: reports
void appendReportCommands(QList<Command> &commands); // reportcommands.cpp: report list|show|run|import|rename|duplicate|delete
// analytics: printing
void appendPrintListCommands(QList<Command> &commands); // printlistcommands.cpp: print list, print record
// analytics: scoring
void appendScoreCommands(QList<Command> &commands); // scorecommands.cpp: score, segments rfm, also-bought
// sync: cli
void appendSyncCommands(QList<Command> &commands); // synccommands.cpp: server init|user add|user remove|user list, sync, sync status, conflicts list|show|keep|restore

} // namespace trato::cli
