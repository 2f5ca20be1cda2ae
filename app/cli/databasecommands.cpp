// SPDX-License-Identifier: GPL-3.0-or-later
// The database as a whole: init, demo, entities, check, backup.
#include "commands.h"

#include "demo/demodata.h"
#include "metadata/registry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QFileInfo>

namespace trato::cli {

int runInit(Context &context, const Arguments &)
{
    QString out = Cli::tr("Database: %1").arg(context.db->path()) + QLatin1Char('\n')
        + Cli::tr("Schema version: %1").arg(context.db->schemaVersion()) + QLatin1Char('\n');
    if (!context.db->lastBackupPath().isEmpty())
        out += Cli::tr("Copy taken before upgrading: %1").arg(context.db->lastBackupPath()) + QLatin1Char('\n');
    writeOut(out);
    return Exit::Ok;
}

int runDemo(Context &context, const Arguments &args)
{
    qint64 size = 200, seed = 1;
    int code = Exit::Ok;
    if (!countOption(context, args, QStringLiteral("size"), 200, &size, &code)
        || !countOption(context, args, QStringLiteral("seed"), 1, &seed, &code))
        return code;

    // On a terminal one line that updates in place; in a log, a line every 10%.
    const bool terminal = stderrIsTerminal();
    int lastTenth = 0;
    bool progressShown = false;
    DemoOptions options;
    options.contacts = size;
    options.seed = quint64(seed);
    options.progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        const QString line = Cli::tr("Generating demo data: %1% (%2 of %3 records)").arg(percent).arg(done).arg(total);
        if (terminal) {
            writeErr(QLatin1Char('\r') + line);
            progressShown = true;
        } else if (percent / 10 > lastTenth) {
            lastTenth = percent / 10;
            writeErr(line + QLatin1Char('\n'));
        }
        return true;
    };

    QElapsedTimer timer;
    timer.start();
    auto summary = DemoData::generate(*context.db, options);
    if (progressShown) {
        if (summary) {
            const qint64 total = summary.value().accounts + summary.value().contacts + summary.value().leads;
            writeErr(QLatin1Char('\r') + Cli::tr("Generating demo data: %1% (%2 of %3 records)").arg(100).arg(total).arg(total));
        }
        writeErr(QStringLiteral("\n"));
    }
    if (!summary)
        return fail(summary.error());
    writeOut(Cli::tr("Added %1 accounts, %2 contacts, %3 leads, %4 campaigns with %5 members, %6 activities and a call "
                     "list of %7 people in %8 s.")
                 .arg(summary.value().accounts)
                 .arg(summary.value().contacts)
                 .arg(summary.value().leads)
                 .arg(summary.value().campaigns)
                 .arg(summary.value().campaignMembers)
                 .arg(summary.value().activities)
                 .arg(summary.value().callListEntries)
                 .arg(QLocale().toString(double(timer.elapsed()) / 1000.0, 'f', 1))
             + QLatin1Char('\n'));
    return Exit::Ok;
}

int runEntities(Context &context, const Arguments &args)
{
    Format format;
    int code = Exit::Ok;
    if (!formatOption(context, args, {Format::Table, Format::Csv, Format::Json}, Format::Table, &format, &code))
        return code;
    QList<QList<Cell>> rows;
    for (const Entity *e : context.db->registry()->entities()) {
        ListQuery query;
        query.entity = e->name;
        auto count = context.store->count(query);
        if (!count)
            return fail(count.error());
        rows.append({Cell::string(e->name), Cell::string(e->displayLabel()), Cell::string(moduleName(e->module)),
                     Cell{QString::number(count.value()), count.value()}});
    }
    RowWriter writer(format, {{QStringLiteral("name")}, {QStringLiteral("label")}, {QStringLiteral("module")},
                              {QStringLiteral("records"), true}});
    for (const auto &row : rows)
        writer.add(row);
    writer.finish();
    return Exit::Ok;
}

int runCheck(Context &context, const Arguments &)
{
    const Status s = context.db->quickCheck();
    if (!s) {
        // Damage in the file is a data error (2) whatever the core's kind for it.
        fail(s.error());
        return Exit::BadData;
    }
    writeOut(Cli::tr("%1: the integrity check found no problems.").arg(context.db->path()) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runBackup(Context &context, const Arguments &args)
{
    const QString target = QDir::cleanPath(QFileInfo(args.positional.at(0)).absoluteFilePath());
    const Status s = context.db->backupTo(target);
    if (!s)
        return fail(s.error());
    writeOut(target + QLatin1Char('\n'));
    return Exit::Ok;
}

} // namespace trato::cli
