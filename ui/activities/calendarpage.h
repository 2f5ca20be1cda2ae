// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities/calendarquery.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QListWidget;
class QScrollArea;
class QToolButton;

namespace trato {

class CalendarView;
class Database;

// The Activities module's Calendar page: day, week, month and agenda views with Today/‹/›, the
// activities colored by whom they are assigned to (a legend that also filters by user), drag to
// move and resize (saved through RecordStore; a refusal is shown and the item snaps back),
// double-click to open or to create, printing a day or a week, PDF, and iCalendar import/export.
// Items are read on a worker and re-read when activities change.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    using Mode = CalendarQuery::Span;
    explicit CalendarPage(Database &db, QWidget *parent = nullptr);

    CalendarView *view() const { return m_view; }
    void setMode(Mode mode);
    Mode mode() const;
    void setAnchor(QDate anchor);
    void goToday();
    void goNext();
    void goPrevious();
    QString dateLabelText() const;
    QString messageText() const;
    // The clock used for "today" and "overdue" (tests fix it).
    void setNow(const QDateTime &now);
    bool isLoading() const { return m_loading; }
    // Reads the shown range again (on a worker).
    void reload();

    // Saves a move or resize; on a refusal shows the reason and re-reads (the item snaps back).
    void moveActivity(const QString &id, const QDateTime &start, const QDateTime &end);
    // Opens the new-activity form at that time (a dialog; returns it, not yet saved).
    QWidget *createActivity(const QDateTime &start, const QDateTime &end, bool allDay);

    // Print a day or a week (the one containing the shown date) to a PDF file.
    bool exportPdf(const QString &path, Mode span, QString *error = nullptr);
    // iCalendar, on a worker with a progress dialog; the outcome goes to the message line and
    // icsFinished().
    void importIcs(const QString &path);
    void exportIcs(const QString &path);

Q_SIGNALS:
    void openRecord(const QString &entity, const QString &id);
    void loaded();
    void icsFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildToolbar(QWidget *bar);
    void updateLabel();
    void loadUsers();
    void showMessage(const QString &text, bool error);
    void printPreview(Mode span);
    void askExportPdf(Mode span);
    void askImportIcs();
    void askExportIcs();
    void showContextMenu(const QPoint &pos);
    QList<CalendarItem> itemsFor(QDate first, QDate last, QString *error) const;
    QString printTitle(Mode span) const;

    Database &m_db;
    CalendarView *m_view = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_users = nullptr;
    QButtonGroup *m_modes = nullptr;
    QHash<QString, QString> m_displayNames;
    QDateTime m_now;
    bool m_fixedNow = false;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_stale = true;       // items to read when next shown (nothing is read while hidden)
    bool m_usersStale = true;
    int m_generation = 0;
};

} // namespace trato
