// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "activities/activityactions.h"
#include "store/database.h"
#include "timeline/notes.h"
#include "util/background.h"
#include "util/dialogs.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace trato {

namespace {

constexpr int kPage = 50;

// A round coloured badge with a glyph (present in the common UI fonts), per kind of entry.
QPixmap badge(const TimelineEntry &e, int size)
{
    QColor color(0x64, 0x74, 0x8b);
    QChar glyph(0x2605); // ★
    if (e.kind == QLatin1String("activity")) {
        color = e.open ? QColor(0x08, 0x91, 0xb2) : QColor(0x05, 0x96, 0x69);
        if (e.subkind == QLatin1String("call"))
            glyph = QChar(0x260E); // ☎
        else if (e.subkind == QLatin1String("meeting"))
            glyph = QChar(0x2691); // ⚑
        else if (e.subkind == QLatin1String("visit"))
            glyph = QChar(0x2302); // ⌂
        else
            glyph = QChar(0x2713); // ✓
    } else if (e.kind == QLatin1String("note")) {
        color = QColor(0xd9, 0x77, 0x06);
        glyph = QChar(0x270E); // ✎
    } else if (e.kind == QLatin1String("change")) {
        color = e.subkind == QLatin1String("trash") ? QColor(0xb9, 0x1c, 0x1c) : QColor(0x7c, 0x3a, 0xed);
        glyph = e.subkind == QLatin1String("trash") ? QChar(0x2715) : QChar(0x21C4); // ✕ ⇄
    } else if (e.kind == QLatin1String("campaign")) {
        color = QColor(0xdb, 0x27, 0x77);
        glyph = QChar(0x2709); // ✉
    } else if (e.kind == QLatin1String("event")) {
        color = QColor(0x25, 0x63, 0xeb);
    }
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    p.fillPath(path, color);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(qRound(size * 0.55));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QString(glyph));
    return pm;
}

QColor muted(const QWidget *w)
{
    const QColor text = w->palette().color(QPalette::WindowText);
    const QColor back = w->palette().color(QPalette::Window);
    return QColor((text.red() * 3 + back.red() * 2) / 5, (text.green() * 3 + back.green() * 2) / 5, (text.blue() * 3 + back.blue() * 2) / 5);
}

QPushButton *linkButton(const QString &text, const QString &objectName)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    b->setFlat(true);
    b->setCursor(Qt::PointingHandCursor);
    b->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); border: none; padding: 0 4px; }"));
    return b;
}

} // namespace

TimelineView::TimelineView(Database &db, const QString &entity, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
    , m_entity(entity)
    , m_group(new QButtonGroup(this))
    , m_search(new QLineEdit)
    , m_note(new QPlainTextEdit)
    , m_addNote(new QPushButton(tr("Add note")))
    , m_list(new QWidget)
    , m_listLayout(new QVBoxLayout(m_list))
    , m_empty(new QLabel)
    , m_more(new QPushButton(tr("Show older entries")))
{
    setObjectName(QStringLiteral("timelineView"));
    setWindowTitle(tr("Timeline"));
    setAccessibleName(tr("Timeline"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(0);
    m_group->setExclusive(true);
    const QList<QPair<QString, QString>> filters = {{QString(), tr("All")}, {QStringLiteral("activity"), tr("Activities")},
                                                    {QStringLiteral("note"), tr("Notes")}, {QStringLiteral("change"), tr("Changes")}};
    for (const auto &[key, label] : filters) {
        auto *b = new QToolButton;
        b->setObjectName(QStringLiteral("filter_") + (key.isEmpty() ? QStringLiteral("all") : key));
        b->setText(label);
        b->setAccessibleName(label);
        b->setCheckable(true);
        b->setMinimumWidth(80);
        m_group->addButton(b);
        bar->addWidget(b);
        m_filters.insert(key, b);
        connect(b, &QToolButton::clicked, this, [this, key = key] { setFilter(key); });
    }
    m_filters.value(QString())->setChecked(true);
    bar->addSpacing(12);
    m_search->setObjectName(QStringLiteral("timelineSearch"));
    m_search->setPlaceholderText(tr("Search the timeline"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the timeline"));
    bar->addWidget(m_search, 1);
    layout->addLayout(bar);

    auto *noteRow = new QHBoxLayout;
    m_note->setObjectName(QStringLiteral("noteEditor"));
    m_note->setPlaceholderText(tr("Add a note…"));
    m_note->setAccessibleName(tr("Add a note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    m_addNote->setEnabled(false);
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignBottom);
    layout->addLayout(noteRow);

    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setSpacing(0);
    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_listLayout->addWidget(m_empty);
    m_more->setObjectName(QStringLiteral("timelineMore"));
    m_more->hide();
    m_listLayout->addWidget(m_more, 0, Qt::AlignHCenter);
    m_listLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("timelineScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setWidget(m_list);
    m_list->setAutoFillBackground(true);
    m_list->setBackgroundRole(QPalette::Base);
    layout->addWidget(scroll, 1);

    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { m_addNote->setEnabled(!m_note->toPlainText().trimmed().isEmpty() && !m_id.isEmpty()); });
    connect(m_addNote, &QPushButton::clicked, this, &TimelineView::addNote);
    connect(m_more, &QPushButton::clicked, this, [this] { load(true); });
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(&m_searchDelay, &QTimer::timeout, this, &TimelineView::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    // Writes come in bursts (a save touches several entities): one refresh after them.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, &TimelineView::reload);
    connect(&db, &Database::recordsChanged, this, [this] {
        if (!m_id.isEmpty())
            m_refresh.start();
    }, Qt::QueuedConnection);
}

void TimelineView::setRecordId(const QString &id)
{
    m_id = id;
    m_note->setEnabled(!id.isEmpty());
    m_addNote->setEnabled(!id.isEmpty() && !m_note->toPlainText().trimmed().isEmpty());
    reload();
}

void TimelineView::setFilter(const QString &filter)
{
    m_filter = filter;
    if (QToolButton *b = m_filters.value(filter))
        b->setChecked(true);
    reload();
}

QStringList TimelineView::kindsFor(const QString &filter) const
{
    if (filter.isEmpty())
        return {};
    if (filter == QLatin1String("change")) // the record's own history: changes, creation, merges, campaigns
        return {QStringLiteral("change"), QStringLiteral("event"), QStringLiteral("campaign")};
    return {filter};
}

void TimelineView::reload()
{
    // A hidden tab (the record view opened on Details) reads nothing until it is shown.
    if (!isVisible() && !m_id.isEmpty()) {
        m_stale = true;
        ++m_generation; // an answer in flight is for older data
        m_loading = false;
        return;
    }
    m_stale = false;
    m_next.clear();
    load(false);
}

void TimelineView::showEvent(QShowEvent *event)
{
    RecordViewPart::showEvent(event);
    if (m_stale)
        reload();
}

void TimelineView::load(bool append)
{
    const quint64 generation = ++m_generation;
    if (m_id.isEmpty()) {
        showPage({}, false);
        return;
    }
    m_loading = true;
    TimelineQuery q;
    q.entity = m_entity;
    q.id = m_id;
    q.kinds = kindsFor(m_filter);
    q.search = m_search->text();
    // A refresh keeps as many entries as were shown, so the list does not shrink under the reader.
    q.limit = append ? kPage : std::max<int>(kPage, int(m_entries.size()));
    q.after = append ? m_next : QString();
    runInBackground(m_db, this, [q](Database &db) { return Timeline::page(db, q); },
                    [this, generation, append](Result<TimelinePage> page) {
                        if (generation != m_generation)
                            return;
                        m_loading = false;
                        if (!page) {
                            Q_EMIT message(page.error().message);
                            showPage({}, false);
                        } else {
                            showPage(page.value(), append);
                        }
                        Q_EMIT loaded();
                    });
}

void TimelineView::showPage(const TimelinePage &page, bool append)
{
    if (!append) {
        for (QWidget *w : std::as_const(m_entryWidgets))
            w->deleteLater();
        m_entryWidgets.clear();
        m_entries.clear();
    }
    const int insertAt = int(m_entryWidgets.size());
    for (int i = 0; i < page.entries.size(); ++i) {
        QWidget *w = makeEntry(page.entries.at(i));
        m_listLayout->insertWidget(insertAt + i, w);
        m_entryWidgets << w;
    }
    m_entries << page.entries;
    m_next = page.next;
    m_more->setVisible(!m_next.isEmpty());
    m_empty->setVisible(m_entries.isEmpty());
    m_empty->setText(m_id.isEmpty() ? tr("Save the record to start its timeline.")
                                    : (m_search->text().trimmed().isEmpty() && m_filter.isEmpty()
                                           ? tr("Nothing here yet.")
                                           : tr("No entries match.")));
}

QWidget *TimelineView::makeEntry(const TimelineEntry &e)
{
    auto *w = new QFrame;
    w->setObjectName(QStringLiteral("timelineEntry"));
    w->setFrameShape(QFrame::NoFrame);
    w->setStyleSheet(QStringLiteral("#timelineEntry { border-bottom: 1px solid rgba(128, 128, 128, 60); }"));
    auto *row = new QHBoxLayout(w);
    row->setContentsMargins(10, 8, 10, 8);
    row->setSpacing(10);
    auto *icon = new QLabel;
    icon->setPixmap(badge(e, 26));
    icon->setFixedSize(26, 26);
    row->addWidget(icon, 0, Qt::AlignTop);

    auto *body = new QVBoxLayout;
    body->setSpacing(2);
    QStringList meta;
    const QDateTime at = QDateTime::fromString(e.at, Qt::ISODate);
    meta << (at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : e.at);
    if (!e.user.isEmpty())
        meta << e.user;
    if (!e.via.isEmpty())
        meta << tr("with %1").arg(e.via);
    auto *metaLabel = new QLabel(meta.join(QStringLiteral(" · ")));
    metaLabel->setObjectName(QStringLiteral("entryMeta"));
    QPalette pal = metaLabel->palette();
    pal.setColor(QPalette::WindowText, muted(this));
    metaLabel->setPalette(pal);
    QFont small = metaLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    metaLabel->setFont(small);
    auto *title = new QLabel(e.title);
    title->setObjectName(QStringLiteral("entryTitle"));
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = title->font();
    bold.setBold(e.kind != QLatin1String("change"));
    title->setFont(bold);
    body->addWidget(metaLabel);
    body->addWidget(title);
    if (!e.text.isEmpty()) {
        auto *text = new QLabel(e.text);
        text->setObjectName(QStringLiteral("entryText"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        body->addWidget(text);
    }
    row->addLayout(body, 1);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(2);
    if (e.recordEntity == QLatin1String("activity") || e.recordEntity == QLatin1String("campaign")) {
        QPushButton *open = linkButton(tr("Open"), QStringLiteral("open"));
        const QString entity = e.recordEntity, id = e.recordId;
        connect(open, &QPushButton::clicked, this, [this, entity, id] { Q_EMIT openRequested(entity, id); });
        actions->addWidget(open);
    }
    if (e.kind == QLatin1String("activity") && e.open) {
        auto *complete = new QPushButton(tr("Complete"));
        complete->setObjectName(QStringLiteral("complete"));
        const QString id = e.recordId;
        connect(complete, &QPushButton::clicked, this, [this, id] { ActivityActions::complete(m_db, id, this); });
        actions->addWidget(complete);
    }
    if (e.kind == QLatin1String("note")) {
        QPushButton *edit = linkButton(tr("Edit"), QStringLiteral("edit"));
        QPushButton *remove = linkButton(tr("Delete"), QStringLiteral("delete"));
        const QString id = e.recordId, text = e.text;
        connect(edit, &QPushButton::clicked, this, [this, id, text] { editNote(id, text); });
        connect(remove, &QPushButton::clicked, this, [this, id] { deleteNote(id); });
        actions->addWidget(edit);
        actions->addWidget(remove);
    }
    row->addLayout(actions);
    row->setAlignment(actions, Qt::AlignTop);
    return w;
}

void TimelineView::addNote()
{
    if (m_id.isEmpty())
        return;
    auto id = NoteService(m_db).add(m_entity, m_id, m_note->toPlainText());
    if (!id) {
        Dialogs::error(this, tr("Add a note"), id.error().message);
        return;
    }
    m_note->clear();
    Q_EMIT message(tr("Note added"));
}

void TimelineView::editNote(const QString &noteId, const QString &text)
{
    bool ok = false;
    const QString changed = QInputDialog::getMultiLineText(this, tr("Edit note"), tr("Note:"), text, &ok);
    if (!ok || changed == text)
        return;
    const Status s = NoteService(m_db).edit(noteId, changed);
    if (!s)
        Dialogs::error(this, tr("Edit note"), s.error().message);
}

void TimelineView::deleteNote(const QString &noteId)
{
    if (!Dialogs::confirm(this, tr("Delete note"), tr("Move this note to the Trash?"), tr("Delete")))
        return;
    const Status s = NoteService(m_db).remove(noteId);
    if (!s)
        Dialogs::error(this, tr("Delete note"), s.error().message);
}

} // namespace trato
