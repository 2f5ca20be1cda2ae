// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace trato::AppSettings {

// Trato's preferences, kept with QSettings (organization "Trato", application "Trato"). One place
// for the keys, so a typo cannot split a setting in two; in core so the CLI finds the database file
// and backup folder chosen in the GUI's Settings.

QString language();                 // "" = follow the system, "en", "es"
void setLanguage(const QString &language);

QString databasePath();             // "" = the default file (see Database::resolvePath)
void setDatabasePath(const QString &path);

QString backupFolder();             // never empty: a default under Documents
void setBackupFolder(const QString &folder);

// The columns a list shows for an entity, and every field the user has seen offered, so fields added
// later (another session, trato-cli) can still join the list. Empty when never saved.
QStringList listColumns(const QString &entity);
QStringList knownFields(const QString &entity);
void setListColumns(const QString &entity, const QStringList &columns, const QStringList &known);

// The region phone numbers without a country code belong to (ISO code, "ES"): duplicate detection
// reads "600 11 22 33" as +34 600 11 22 33 with ES. phoneRegion() is never empty: the saved one,
// else the system locale's (MatchKeys::systemRegion). Pass it to core services as a parameter.
QString phoneRegion();
QString savedPhoneRegion();         // "" = follow the system
void setPhoneRegion(const QString &region);

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);

// Whether the demo-data offer was declined for this database file.
bool demoDeclined(const QString &databasePath);
void setDemoDeclined(const QString &databasePath, bool declined);

// Caller lookup (core/telephony/callerlistener.h): machine-local, so each desk decides whether its
// Trato listens for calls. Off by default; "" bind address = loopback only; "" token = none.
struct CallerListenerSettings
{
    bool enabled = false;
    int port = 5577;
    QString bindAddress;
    QString token;
};
CallerListenerSettings callerListener();
void setCallerListener(const CallerListenerSettings &settings);

} // namespace trato::AppSettings
