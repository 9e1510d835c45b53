"""Word lists the entity stages share: the label map from spaCy and the heads, suffixes and
nouns that tell an organization, place, event or department by its last word.
"""

from __future__ import annotations

from app.extract.model import EntityType
from app.extract.roles import (
    words,
)

_LABEL_TYPES: dict[str, EntityType] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
    "PRODUCT": "product",
    "WORK_OF_ART": "work",
    "LAW": "law",
}


# Last words that make a name an organization whatever spaCy says ("the French Embassy" is
# tagged GPE by the small model). General English vocabulary of institutions.
_ORG_HEADS = frozenset(
    words(
        """
        embassy consulate ministry council committee commission agency bank university college
        party company corporation corp corp. inc inc. ltd ltd. plc llc co co. group association
        institute foundation department office court parliament congress senate assembly army
        navy police club fund board authority service services airlines airways airline press
        network organization organisation league church hospital school academy bureau cabinet
        government administration federation alliance coalition movement front brigade brigades
        guard command centre center systems industries holdings motors bancorp trust exchange
        times post journal herald tribune gazette news television radio studios records
        institution society magazine channel aircraft aerospace
        """
    )
)


# Heads that are never a person, even capitalised ("Observers", "Diplomatic sources").
_CORPORATE_SUFFIXES = frozenset(
    words(
        """
        inc inc. corp corp. corporation co co. ltd ltd. plc llc group company holdings sa ag nv
        """
    )
)


# Institution words that also end place names ("West Bank", "Gold Coast"): a name spaCy
# tagged as a place keeps its type when it ends with one of these.
_PLACE_LIKE_HEADS = frozenset(
    words("bank coast post times front exchange guard trust center centre court league command")
)


# Last words of names that are not people, for names spaCy did not tag at all.
_EVENT_HEADS = frozenset(
    words("conference summit show festival games cup championship championships open war expo")
)


_PLACE_HEADS = frozenset(
    words(
        """
        factory plant airport station street square park bridge river mountain mountains island
        islands lake bay valley road avenue building tower stadium arena hall palace house
        county province region district coast sea ocean gulf strait desert atoll peninsula
        canyon beach prison jail hotel motel mosque cathedral temple synagogue shrine abbey
        minster chapel basilica boulevard highway motorway freeway cemetery monument plaza
        castle fortress mausoleum reservoir canal harbour harbor
        """
    )
)


# Heads of names of buildings and ways that are places whatever the small model says ("Taj
# Socotra Hotel", "Shah Mosque", "Inner Ring Road" typed as people or organizations). Not
# those that stand for who works inside ("the White House", "Buckingham Palace", "City Hall",
# "Downing Street", "Wall Street"), nor heads shared with teams and firms ("Crystal Palace",
# "Park", "Field").
_FACILITY_HEADS = frozenset(
    words(
        """
        airport station square bridge road avenue boulevard highway motorway freeway
        stadium arena hotel motel mosque cathedral temple synagogue shrine abbey minster chapel
        basilica cemetery monument plaza castle fortress mausoleum canal expressway turnpike
        parkway blvd ave alley springs falls cliffs heights plateau archipelago
        peninsula valley canyon desert atoll lagoon glacier volcano building tunnel tube
        lighthouse terrace pier wharf
        """
    )
)


# Words that end the names of departments and offices ("Office of Personnel Management").
_DEPARTMENT_WORDS = frozenset(
    words(
        """
        management affairs resources relations services operations communications security
        development research marketing sales finance engineering policy administration
        """
    )
)


# Nouns whose possessor is a place, not a government ("Lisbon's streets").
_LITERAL_PLACE_NOUNS = frozenset(
    words(
        """
        street streets suburb suburbs airport mayor residents resident population people center
        centre outskirts district downtown port harbour harbor skyline neighborhood
        neighbourhood city streets hotel hotels university weather
        """
    )
)


_MOTION_NOUNS = frozenset(
    words(
        """
        visit trip flight travel return move road way route journey flights trips visits
        """
    )
)


_MAX_NGRAM = 5


_NAME_PARTICLES = frozenset(
    words("de da del della di du van von der den la le al bin ibn y e dos das")
)


_SPORTS_WORDS = frozenset(
    words(
        """
        match matches scores goal goals innings wicket wickets standings league cup season
        beat drew championship tournament halftime half-time playoff playoffs soccer football
        cricket baseball basketball tennis golf rugby hockey striker goalkeeper midfielder coach
        referee semifinal semi-final quarter-final seeded fixtures lap laps
        """
    )
)


# Names of sports: one in the headline ("BASEBALL - MAJOR LEAGUE RESULTS", "MOTOR RACING -
# BELGIAN GRAND PRIX GRID") makes a report a sports report, even a bare results table.
_SPORT_NAMES = frozenset(
    words(
        """
        soccer football cricket baseball basketball tennis golf rugby hockey athletics cycling
        boxing racing motorsport swimming skiing rowing sailing squash badminton volleyball
        handball formula snooker darts
        """
    )
)


# Last words of the names of laws, treaties and documents: general English vocabulary.
_LAW_HEADS = frozenset(
    words(
        """
        act acts bill bills convention conventions treaty treaties accord accords provisions
        amendment amendments agreement agreements protocol pact statute directive ordinance
        charter constitution code regulations
        """
    )
)


# News outlets, wire services and polling firms by a one-word name the small model reads as a
# person's or a place's ("Gallup found", "according to Bloomberg", "Politico reported"): bodies
# news cites in every politics and business section. A surname some of them share ("Michael
# Bloomberg") stays a person's where the article names such a person (`_known_outlets`).
OUTLET_NAMES = frozenset(
    words(
        """
        gallup ipsos yougov rasmussen quinnipiac zogby comres icm populus
        politico bloomberg reuters breitbart axios buzzfeed mediaite newsweek xinhua interfax
        itar-tass tass yonhap kyodo bernama afp upi
        """
    )
)
