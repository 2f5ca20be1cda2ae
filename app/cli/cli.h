// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "arguments.h"

#include "store/database.h"
#include "store/recordstore.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

namespace trato::cli {

// trato-cli's exit codes: scripts rely on them, so they never change meaning.
enum Exit : int {
    Ok = 0,        // done
    Usage = 1,     // unknown command or option, missing or malformed argument
    BadData = 2,   // bad input or a data error (unknown entity/field, invalid value, not found,
                   // newer or damaged database); nothing was written
    Failure = 3,   // anything else (locked database, disk full, ...)
};

// The translation context of every trato-cli message: Cli::tr("...") is
// QCoreApplication::translate("trato::Cli", "..."), and lupdate files the strings under it.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(trato::Cli)
};

// What every command gets: the parsed arguments and, for commands that need one, the open
// database with the record store on it.
struct Context
{
    QString commandName;              // "list", "field add", ...
    QString dbPath;                   // resolved --db / TRATO_DB / default
    std::shared_ptr<Database> db;
    std::unique_ptr<RecordStore> store;
    QLocale locale;                   // for parsing what people type (day-first dates, "1.234,50")
    QString region;                   // phone region for duplicate detection (--region, else Settings)
};

// Prints "trato-cli: MESSAGE" on stderr and returns the exit code for the error's kind.
int fail(const Error &error);
// Prints a usage error with a hint for the current command; returns Exit::Usage.
int usageError(const Context &context, const QString &message);
int exitCodeFor(const Error &error);

// The whole program: global options, command dispatch, help. Returns the exit code.
int run(const QStringList &arguments);

} // namespace trato::cli
