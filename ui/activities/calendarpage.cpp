// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarpage.h"

#include "calendarprint.h"
#include "calendarview.h"
#include "activityactions.h"

#include "activities/icalendar.h"
#include "activities/userprofiles.h"
#include "forms/fieldeditor.h"
#include "forms/recordform.h"
#include "forms/recordview.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "util/background.h"

#include <QButtonGroup>
#include <QDialog>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace trato {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(color.darker(130));
    p.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pm);
}

} // namespace

CalendarPage::CalendarPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("calendarPage"));
    setWindowTitle(tr("Calendar"));

    auto *bar = new QWidget;
    buildToolbar(bar);

    m_view = new CalendarView;
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("calendarScroll"));
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, m_view, &CalendarView::setBandOffset);

    m_users = new QListWidget;
    m_users->setObjectName(QStringLiteral("calendarUsers"));
    m_users->setAccessibleName(tr("Show the activities of"));
    m_users->setMaximumWidth(200);
    m_users->setMinimumWidth(150);
    auto *legendTitle = new QLabel(tr("Assigned to"));
    QFont bold = legendTitle->font();
    bold.setBold(true);
    legendTitle->setFont(bold);
    auto *side = new QVBoxLayout;
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(legendTitle);
    side->addWidget(m_users, 1);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("calendarMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *body = new QHBoxLayout;
    body->addWidget(m_scroll, 1);
    body->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(bar);
    layout->addWidget(m_message);
    layout->addLayout(body, 1);

    connect(m_view, &CalendarView::activated, this, [this](const QString &id) { Q_EMIT openRecord(QStringLiteral("activity"), id); });
    connect(m_view, &CalendarView::moveRequested, this, &CalendarPage::moveActivity);
    connect(m_view, &CalendarView::createRequested, this,
            [this](const QDateTime &s, const QDateTime &e, bool allDay) { createActivity(s, e, allDay); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &CalendarView::customContextMenuRequested, this, &CalendarPage::showContextMenu);
    connect(m_users, &QListWidget::itemChanged, this, [this] {
        QSet<QString> hidden;
        for (int i = 0; i < m_users->count(); ++i)
            if (m_users->item(i)->checkState() != Qt::Checked)
                hidden.insert(m_users->item(i)->data(Qt::UserRole).toString());
        m_view->setHiddenOwners(hidden);
    });
    connect(&m_db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("activity"))
            reload();
        else if (entity == QLatin1String(UserProfiles::kChangeName))
            loadUsers();
    });

    m_now = QDateTime::currentDateTimeUtc();
    m_view->setNow(m_now);
    setMode(Mode::Week);
    loadUsers();
}

void CalendarPage::buildToolbar(QWidget *bar)
{
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto button = [&](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QToolButton;
        b->setText(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(b);
        return b;
    };
    QToolButton *today = button(tr("Today"), QStringLiteral("calendarToday"), tr("Go to today"));
    QToolButton *prev = button(QStringLiteral("‹"), QStringLiteral("calendarPrevious"), tr("Previous"));
    QToolButton *next = button(QStringLiteral("›"), QStringLiteral("calendarNext"), tr("Next"));
    connect(today, &QToolButton::clicked, this, &CalendarPage::goToday);
    connect(prev, &QToolButton::clicked, this, &CalendarPage::goPrevious);
    connect(next, &QToolButton::clicked, this, &CalendarPage::goNext);
    m_dateLabel = new QLabel;
    m_dateLabel->setObjectName(QStringLiteral("calendarDateLabel"));
    QFont f = m_dateLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_dateLabel->setFont(f);
    m_dateLabel->setMinimumWidth(260);
    row->addSpacing(8);
    row->addWidget(m_dateLabel);
    row->addStretch(1);

    m_modes = new QButtonGroup(this);
    const QList<std::tuple<Mode, QString, QString>> modes{
        {Mode::Day, tr("Day"), QStringLiteral("calendarDay")},
        {Mode::Week, tr("Week"), QStringLiteral("calendarWeek")},
        {Mode::Month, tr("Month"), QStringLiteral("calendarMonth")},
        {Mode::Agenda, tr("Agenda"), QStringLiteral("calendarAgenda")}};
    for (const auto &[mode, text, name] : modes) {
        QToolButton *b = button(text, name, text);
        b->setCheckable(true);
        m_modes->addButton(b, int(mode));
    }
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    row->addSpacing(12);

    QToolButton *print = button(tr("Print"), QStringLiteral("calendarPrint"), tr("Print or export to PDF"));
    print->setPopupMode(QToolButton::InstantPopup);
    auto *printMenu = new QMenu(print);
    printMenu->addAction(tr("Print day…"), this, [this] { printPreview(Mode::Day); });
    printMenu->addAction(tr("Print week…"), this, [this] { printPreview(Mode::Week); });
    printMenu->addSeparator();
    printMenu->addAction(tr("Export day to PDF…"), this, [this] { askExportPdf(Mode::Day); });
    printMenu->addAction(tr("Export week to PDF…"), this, [this] { askExportPdf(Mode::Week); });
    print->setMenu(printMenu);
    QToolButton *ics = button(tr("iCalendar"), QStringLiteral("calendarIcs"), tr("Import or export .ics files"));
    ics->setPopupMode(QToolButton::InstantPopup);
    auto *icsMenu = new QMenu(ics);
    icsMenu->addAction(tr("Import .ics…"), this, &CalendarPage::askImportIcs);
    icsMenu->addAction(tr("Export .ics…"), this, &CalendarPage::askExportIcs);
    ics->setMenu(icsMenu);
}

CalendarPage::Mode CalendarPage::mode() const
{
    return m_view->mode();
}

void CalendarPage::setMode(Mode mode)
{
    if (QAbstractButton *b = m_modes->button(int(mode)))
        b->setChecked(true);
    m_view->setMode(mode);
    updateLabel();
    reload();
    if (mode == Mode::Day || mode == Mode::Week) {
        // Open on the working day, not at midnight: 7:00 just under the day names and all-day row
        // (which stay on top while the hours scroll).
        m_scroll->verticalScrollBar()->setValue(m_view->yOfHour(7) - m_view->yOfHour(0));
    }
}

void CalendarPage::setAnchor(QDate anchor)
{
    m_view->setAnchor(anchor);
    updateLabel();
    reload();
}

void CalendarPage::goToday()
{
    setAnchor(m_now.toLocalTime().date());
}

void CalendarPage::goNext()
{
    const QDate a = m_view->anchor();
    switch (mode()) {
    case Mode::Day: setAnchor(a.addDays(1)); break;
    case Mode::Week: setAnchor(a.addDays(7)); break;
    case Mode::Month: setAnchor(a.addMonths(1)); break;
    case Mode::Agenda: setAnchor(a.addDays(30)); break;
    }
}

void CalendarPage::goPrevious()
{
    const QDate a = m_view->anchor();
    switch (mode()) {
    case Mode::Day: setAnchor(a.addDays(-1)); break;
    case Mode::Week: setAnchor(a.addDays(-7)); break;
    case Mode::Month: setAnchor(a.addMonths(-1)); break;
    case Mode::Agenda: setAnchor(a.addDays(-30)); break;
    }
}

void CalendarPage::setNow(const QDateTime &now)
{
    m_now = now;
    m_fixedNow = true;
    m_view->setNow(now);
}

QString CalendarPage::dateLabelText() const
{
    return m_dateLabel->text();
}

QString CalendarPage::messageText() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void CalendarPage::updateLabel()
{
    const QLocale locale;
    const QDate first = m_view->firstDay(), last = m_view->lastDay(), a = m_view->anchor();
    QString text;
    switch (mode()) {
    case Mode::Day: text = locale.toString(a, QLocale::LongFormat); break;
    case Mode::Month: text = locale.standaloneMonthName(a.month()) + QLatin1Char(' ') + QString::number(a.year()); break;
    case Mode::Week:
    case Mode::Agenda:
        text = locale.toString(first, QLocale::ShortFormat) + QStringLiteral(" – ") + locale.toString(last, QLocale::ShortFormat);
        break;
    }
    m_dateLabel->setText(text);
    m_dateLabel->setAccessibleName(text);
}

void CalendarPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c; font-weight: bold;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void CalendarPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_usersStale)
        loadUsers();
    if (m_stale)
        reload();
}

void CalendarPage::reload()
{
    // A hidden page reads nothing (the main window builds it at startup): it catches up when shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (!m_fixedNow) {
        m_now = QDateTime::currentDateTimeUtc();
        m_view->setNow(m_now);
    }
    // One read in flight; a change meanwhile asks for another after it.
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_reloadAgain = false;
    CalendarFilter filter = CalendarQuery::rangeOf(mode(), m_view->anchor());
    const int generation = ++m_generation;
    runInBackground(m_db, this, [filter](Database &db) { return CalendarQuery(db).items(filter); },
                    [this, generation](Result<QList<CalendarItem>> items) {
                        m_loading = false;
                        if (m_reloadAgain || generation != m_generation) {
                            reload();
                            return;
                        }
                        if (!items.ok()) {
                            showMessage(items.error().message, true);
                            m_view->setItems({});
                        } else {
                            m_view->setItems(items.value());
                        }
                        Q_EMIT loaded();
                    });
}

void CalendarPage::loadUsers()
{
    if (!isVisible()) {
        m_usersStale = true;
        return;
    }
    m_usersStale = false;
    const QString me = m_db.user();
    runInBackground(m_db, this, [](Database &db) { return UserProfiles(db).list(); },
                    [this, me](Result<QList<UserProfile>> users) {
                        if (!users.ok())
                            return;
                        QList<UserProfile> list = users.value();
                        bool hasMe = false;
                        for (const UserProfile &p : list)
                            hasMe = hasMe || p.name == me;
                        if (!hasMe && !me.isEmpty())
                            list.prepend(UserProfiles(m_db).profile(me));
                        QSet<QString> hidden;
                        for (int i = 0; i < m_users->count(); ++i)
                            if (m_users->item(i)->checkState() != Qt::Checked)
                                hidden.insert(m_users->item(i)->data(Qt::UserRole).toString());
                        QHash<QString, QColor> colors;
                        const QSignalBlocker block(m_users);
                        m_users->clear();
                        m_displayNames.clear();
                        for (const UserProfile &p : std::as_const(list)) {
                            colors.insert(p.name, QColor(p.color));
                            m_displayNames.insert(p.name, p.displayName);
                            auto *item = new QListWidgetItem(swatch(QColor(p.color)), p.displayName, m_users);
                            item->setData(Qt::UserRole, p.name);
                            item->setToolTip(p.team.isEmpty() ? p.name : p.name + QStringLiteral(" · ") + p.team);
                            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                            item->setCheckState(hidden.contains(p.name) ? Qt::Unchecked : Qt::Checked);
                        }
                        m_view->setColors(colors);
                    });
}

void CalendarPage::moveActivity(const QString &id, const QDateTime &start, const QDateTime &end)
{
    RecordStore store(m_db);
    const Status s = store.update(QStringLiteral("activity"), id,
                                  {{QStringLiteral("start_at"), start.toUTC()}, {QStringLiteral("end_at"), end.toUTC()}});
    if (!s) {
        showMessage(tr("Could not move the activity: %1").arg(s.error().message), true);
        reload(); // snaps back to what is stored
        return;
    }
    showMessage(QString(), false);
    // recordsChanged("activity") reloads the view.
}

QWidget *CalendarPage::createActivity(const QDateTime &start, const QDateTime &end, bool allDay)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("newActivityDialog"));
    dialog->setWindowTitle(tr("New activity"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *view = new RecordView(m_db, QStringLiteral("activity"), dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    view->newRecord();
    Record values;
    values.insert(QStringLiteral("start_at"), start.toUTC().toString(Qt::ISODate));
    values.insert(QStringLiteral("end_at"), end.toUTC().toString(Qt::ISODate));
    values.insert(QStringLiteral("all_day"), allDay ? 1 : 0);
    view->form()->setRecord(values);
    // A time in the calendar is an appointment, not a to-do.
    if (FieldEditor *kind = view->form()->editor(QStringLiteral("kind")))
        kind->setValue(QStringLiteral("meeting"));
    if (FieldEditor *ad = view->form()->editor(QStringLiteral("all_day")))
        ad->setValue(allDay ? 1 : 0);
    view->form()->focusFirstEditor();
    connect(view, &RecordView::saved, dialog, &QDialog::accept);
    connect(view, &RecordView::closeRequested, dialog, &QDialog::reject);
    dialog->resize(620, 640);
    dialog->open();
    return dialog;
}

QList<CalendarItem> CalendarPage::itemsFor(QDate first, QDate last, QString *error) const
{
    CalendarFilter f;
    f.from = QDateTime(first, QTime(0, 0)).toUTC();
    f.to = QDateTime(last.addDays(1), QTime(0, 0)).toUTC();
    auto r = CalendarQuery(m_db).items(f);
    if (!r.ok()) {
        if (error)
            *error = r.error().message;
        return {};
    }
    // What the legend hides is not printed either.
    QSet<QString> hidden;
    for (int i = 0; i < m_users->count(); ++i)
        if (m_users->item(i)->checkState() != Qt::Checked)
            hidden.insert(m_users->item(i)->data(Qt::UserRole).toString());
    QList<CalendarItem> out;
    for (const CalendarItem &it : r.value())
        if (!hidden.contains(it.owner))
            out << it;
    return out;
}

QString CalendarPage::printTitle(Mode span) const
{
    const QLocale locale;
    const QDate a = m_view->anchor();
    if (span == Mode::Day)
        return tr("Calendar — %1").arg(locale.toString(a, QLocale::LongFormat));
    return tr("Calendar — week of %1").arg(locale.toString(CalendarQuery::firstDayOf(Mode::Week, a), QLocale::LongFormat));
}

bool CalendarPage::exportPdf(const QString &path, Mode span, QString *error)
{
    const QDate first = CalendarQuery::firstDayOf(span, m_view->anchor()), last = CalendarQuery::lastDayOf(span, m_view->anchor());
    QString why;
    const QList<CalendarItem> items = itemsFor(first, last, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    return CalendarPrint::writePdf(path, items, printTitle(span), first, last, m_displayNames, error);
}

void CalendarPage::printPreview(Mode span)
{
    const QDate first = CalendarQuery::firstDayOf(span, m_view->anchor()), last = CalendarQuery::lastDayOf(span, m_view->anchor());
    QString why;
    const QList<CalendarItem> items = itemsFor(first, last, &why);
    if (!why.isEmpty()) {
        showMessage(why, true);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(printTitle(span));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        CalendarPrint::render(p, items, printTitle(span), first, last, m_displayNames);
    });
    preview.exec();
}

void CalendarPage::askExportPdf(Mode span)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to PDF"), dir + QStringLiteral("/calendar.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportPdf(path, span, &error))
        showMessage(tr("Saved %1").arg(path), false);
    else
        showMessage(error, true);
}

void CalendarPage::askImportIcs()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import iCalendar"), QString(), tr("iCalendar files (*.ics);;All files (*)"));
    if (!path.isEmpty())
        importIcs(path);
}

void CalendarPage::askExportIcs()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export iCalendar"), dir + QStringLiteral("/calendar.ics"),
                                                      tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        exportIcs(path);
}

void CalendarPage::importIcs(const QString &path)
{
    auto *progress = new QProgressDialog(tr("Importing %1…").arg(path), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("icsProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    QPointer<QProgressDialog> guard(progress);
    ICalendar::ImportOptions options;
    options.skipUnknown = true;
    options.progress = [cancelled, guard](int done, int total) {
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, done, total] {
            if (guard) {
                guard->setMaximum(total);
                guard->setValue(done);
            }
        }, Qt::QueuedConnection);
        return !cancelled->load();
    };
    runInBackground(m_db, this, [path, options](Database &db) { return ICalendar::importFile(db, path, options); },
                    [this, progress](Result<ICalendar::ImportReport> r) {
                        progress->deleteLater();
                        if (!r.ok()) {
                            showMessage(r.error().message, true);
                            Q_EMIT icsFinished(false, r.error().message);
                            return;
                        }
                        QString text = tr("Imported: %1 new, %2 updated.").arg(r->created).arg(r->updated);
                        if (!r->notes.isEmpty())
                            text += QLatin1Char(' ') + r->notes.join(QLatin1Char(' '));
                        showMessage(text, false);
                        Q_EMIT icsFinished(true, text);
                    });
}

void CalendarPage::exportIcs(const QString &path)
{
    // What the page shows: its range and the users ticked in the legend.
    ICalendar::ExportFilter filter;
    const CalendarFilter range = CalendarQuery::rangeOf(mode(), m_view->anchor());
    filter.from = range.from;
    filter.to = range.to;
    bool anyHidden = false;
    for (int i = 0; i < m_users->count(); ++i) {
        if (m_users->item(i)->checkState() == Qt::Checked)
            filter.owners << m_users->item(i)->data(Qt::UserRole).toString();
        else
            anyHidden = true;
    }
    if (!anyHidden)
        filter.owners.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    runInBackground(m_db, this, [path, filter, now](Database &db) { return ICalendar::exportToFile(db, path, filter, now); },
                    [this, path](Result<ICalendar::ExportResult> r) {
                        if (!r.ok()) {
                            showMessage(r.error().message, true);
                            Q_EMIT icsFinished(false, r.error().message);
                            return;
                        }
                        const QString text = tr("Exported %1 events and %2 tasks to %3.").arg(r->events).arg(r->todos).arg(path);
                        showMessage(text, false);
                        Q_EMIT icsFinished(true, text);
                    });
}

void CalendarPage::showContextMenu(const QPoint &pos)
{
    QString id;
    for (const CalendarItem &it : m_view->items()) {
        const QRect r = m_view->itemRect(it.id);
        if (r.contains(pos)) {
            id = it.id;
            break;
        }
    }
    if (id.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, id] { Q_EMIT openRecord(QStringLiteral("activity"), id); });
    menu.addAction(tr("Complete…"), this, [this, id] { ActivityActions::complete(m_db, id, this); });
    menu.exec(m_view->mapToGlobal(pos));
}

QWidget *createCalendarPage(Database &db)
{
    return new CalendarPage(db);
}

} // namespace trato
