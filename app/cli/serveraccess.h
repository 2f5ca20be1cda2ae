// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the team-server commands share (servercommands.cpp, synccommands.cpp, conflictcommands.cpp):
// passwords that never come from the command line (it shows in `ps`) and a few formatting helpers.
#include "commands.h"

#include "sync/pgconnection.h"

#include <QDateTime>

namespace trato::cli {

inline const OptionSpec kListFormat{"format", "table|csv|json", QT_TRANSLATE_NOOP("trato::Cli", "Output format (default: table)")};

bool stdinIsTerminal();
// One line of stdin without its line end; false at end of input with nothing read.
bool readStdinLine(QString *out);
// Asks on the terminal with echo off; empty when stdin is no terminal.
QString promptPassword(const QString &prompt);
// The password of `address`, in this order: the URL, TRATO_SERVER_PASSWORD, PGPASSWORD and
// ~/.pgpass (both read by libpq itself, so the address stays without one), else a prompt when
// stdin is a terminal. Without any, the server's "asks for a password" error says what to do.
void resolvePassword(ServerAddress &address);
// A connection error about a missing password gets the ways to give one.
Error withPasswordHint(Error error);
QString timeText(const QDateTime &t);
QVariant jsonText(const QString &text);

// The parts of `appendSyncCommands`, in the order they are listed.
void appendServerCommands(QList<Command> &c);
void appendConflictCommands(QList<Command> &c);

} // namespace trato::cli
