// SPDX-License-Identifier: GPL-3.0-or-later
#include "homeview.h"

#include "metadata/value.h"

#include "demoloader.h"
#include "moduleviewextensions.h"

#include "util/appsettings.h"
#include "util/background.h"
#include "util/dialogs.h"
#include "util/icons.h"

#include "metadata/registry.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace trato {

HomeView::HomeView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_cards(new QGridLayout)
    , m_demoOffer(new QFrame)
    , m_demoSize(new QComboBox)
    , m_loadDemo(new QPushButton(tr("Load demo data")))
    , m_startEmpty(new QPushButton(tr("Start with an empty database")))
    , m_loader(new DemoLoader(db, this, this))
{
    setObjectName(QStringLiteral("homeView"));
    build();
    m_recount.setSingleShot(true);
    m_recount.setInterval(400);
    connect(&m_recount, &QTimer::timeout, this, &HomeView::recount);
    // Counts follow writes from anywhere in the app; bursts (bulk deletes) are counted once.
    connect(&db, &Database::recordsChanged, this, [this] {
        m_countsStale = true;
        if (isVisible())
            m_recount.start();
    });
    connect(m_loader, &DemoLoader::finished, this, [this](bool ok, const QString &text) {
        m_loadDemo->setEnabled(true);
        m_startEmpty->setEnabled(true);
        if (ok)
            m_demoOffer->hide();
        else
            Dialogs::error(this, tr("Demo data"), text);
        Q_EMIT message(text);
        recount();
    });
}

void HomeView::showEvent(QShowEvent *event)
{
    // Counting a big table costs a worker and disk reads: only while Home is on screen, and after
    // the first paint rather than before it.
    if (m_countsStale)
        QTimer::singleShot(0, this, &HomeView::recount);
    QWidget::showEvent(event);
}

void HomeView::build()
{
    auto *title = new QLabel(tr("Welcome to Trato"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    auto *logo = new QLabel;
    logo->setPixmap(Icons::app().pixmap(64, 64));
    logo->setAccessibleName(tr("Trato logo"));
    auto *subtitle = new QLabel(tr("Your customers, deals and service in one place. Database: %1")
                                    .arg(QFileInfo(m_db.path()).fileName()));
    subtitle->setToolTip(m_db.path());
    subtitle->setWordWrap(true);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(subtitle);
    auto *header = new QHBoxLayout;
    header->addWidget(logo);
    header->addLayout(headerText, 1);

    // The demo offer, shown only while the database is empty.
    m_demoOffer->setObjectName(QStringLiteral("demoOffer"));
    m_demoOffer->setFrameShape(QFrame::StyledPanel);
    m_demoOffer->setStyleSheet(QStringLiteral("#demoOffer { background: #eef4ff; border: 1px solid #c7d7fe; border-radius: 6px; }"));
    auto *offerText = new QLabel(tr("<b>This database is empty.</b> Would you like to explore Trato with demo data "
                                    "(invented Spanish and international companies, contacts and leads)? "
                                    "You can delete it later or start over with a new database."));
    offerText->setWordWrap(true);
    auto *sizeLabel = new QLabel(tr("&Size:"));
    sizeLabel->setBuddy(m_demoSize);
    const QLocale locale;
    for (qint64 n : {300, 2000, 20000, 200000})
        m_demoSize->addItem(tr("%1 contacts").arg(Value::formatInteger(n, locale)), n);
    m_demoSize->setCurrentIndex(1);
    m_demoSize->setAccessibleName(tr("Demo data size"));
    m_loadDemo->setObjectName(QStringLiteral("loadDemoButton"));
    m_loadDemo->setAccessibleName(tr("Load demo data"));
    m_loadDemo->setDefault(true);
    m_startEmpty->setObjectName(QStringLiteral("startEmptyButton"));
    m_startEmpty->setAccessibleName(tr("Start with an empty database"));
    auto *offerButtons = new QHBoxLayout;
    offerButtons->addWidget(sizeLabel);
    offerButtons->addWidget(m_demoSize);
    offerButtons->addWidget(m_loadDemo);
    offerButtons->addSpacing(12);
    offerButtons->addWidget(m_startEmpty);
    offerButtons->addStretch(1);
    auto *offer = new QVBoxLayout(m_demoOffer);
    offer->addWidget(offerText);
    offer->addLayout(offerButtons);
    m_demoOffer->hide();
    connect(m_loadDemo, &QPushButton::clicked, this, [this] { loadDemoData(m_demoSize->currentData().toLongLong()); });
    connect(m_startEmpty, &QPushButton::clicked, this, &HomeView::declineDemo);

    // One card per entity: its count and a button to its list.
    auto *cardsCaption = new QLabel(tr("In this database"));
    QFont bold = cardsCaption->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    cardsCaption->setFont(bold);
    int column = 0;
    int row = 0;
    for (const Entity *e : m_db.registry()->entities()) {
        if (e->embedded)
            continue;
        auto *card = new QFrame;
        card->setObjectName(QStringLiteral("card"));
        card->setStyleSheet(QStringLiteral("#card { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }"));
        auto *icon = new QLabel;
        icon->setPixmap(Icons::entity(e->name, e->displayPluralLabel()).pixmap(32, 32));
        auto *name = new QLabel(e->displayPluralLabel());
        auto *count = new QLabel(QStringLiteral("…"));
        count->setObjectName(QStringLiteral("count_") + e->name);
        QFont countFont = count->font();
        countFont.setPointSizeF(countFont.pointSizeF() * 1.6);
        countFont.setBold(true);
        count->setFont(countFont);
        auto *open = new QPushButton(tr("Open %1").arg(e->displayPluralLabel().toLower()));
        open->setAccessibleName(open->text());
        const QString entity = e->name;
        connect(open, &QPushButton::clicked, this, [this, entity] { Q_EMIT openEntityRequested(entity); });
        auto *layout = new QGridLayout(card);
        layout->addWidget(icon, 0, 0, 2, 1, Qt::AlignTop);
        layout->addWidget(name, 0, 1);
        layout->addWidget(count, 1, 1);
        layout->addWidget(open, 2, 0, 1, 2);
        layout->setColumnStretch(1, 1);
        m_cards->addWidget(card, row, column);
        if (++column == 4) {
            column = 0;
            ++row;
        }
        m_countLabels.insert(e->name, count);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_demoOffer);
    // Sections other modules put on Home (My day, the supervisor's counts).
    for (const auto &factory : ModuleViewExtensions::homeSections())
        layout->addWidget(factory(m_db));
    layout->addWidget(cardsCaption);
    layout->addLayout(m_cards);
    auto *hint = new QLabel(tr("Tips: Ctrl+K searches everything, Ctrl+1 to Ctrl+8 switch modules, Ctrl+N creates a record "
                               "in the list you are in, Enter opens the selected record."));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(dark);"));
    layout->addWidget(hint);
    layout->addStretch(1);
}

bool HomeView::isDemoOfferVisible() const
{
    return !m_demoOffer->isHidden();
}

void HomeView::loadDemoData(qint64 contacts)
{
    m_loadDemo->setEnabled(false);
    m_startEmpty->setEnabled(false);
    m_loader->start(contacts);
}

void HomeView::declineDemo()
{
    AppSettings::setDemoDeclined(m_db.path(), true);
    m_demoOffer->hide();
}

void HomeView::recount()
{
    // One count at a time; a change during a count asks for one more afterwards.
    if (m_counting) {
        m_recountAgain = true;
        return;
    }
    m_counting = true;
    m_countsStale = false;
    QStringList entities = m_db.registry()->entityNames();
    runInBackground(
        m_db, this,
        [entities](Database &db) {
            QList<QPair<QString, qint64>> counts;
            RecordStore store(db);
            for (const QString &entity : entities) {
                ListQuery q;
                q.entity = entity;
                auto n = store.count(q);
                counts.append({entity, n ? n.value() : -1});
            }
            return counts;
        },
        [this](QList<QPair<QString, qint64>> counts) {
            m_counting = false;
            showCounts(counts);
            if (m_recountAgain) {
                m_recountAgain = false;
                recount();
            }
        });
}

void HomeView::showCounts(const QList<QPair<QString, qint64>> &counts)
{
    const QLocale locale;
    qint64 total = 0;
    for (const auto &[entity, n] : counts) {
        m_counts.insert(entity, n);
        if (QLabel *label = m_countLabels.value(entity))
            label->setText(n >= 0 ? Value::formatInteger(n, locale) : tr("unknown"));
        total += qMax<qint64>(0, n);
    }
    const bool empty = total == 0;
    m_demoOffer->setVisible(empty && !m_loader->isRunning() && !AppSettings::demoDeclined(m_db.path()));
    Q_EMIT countsUpdated();
}

} // namespace trato
